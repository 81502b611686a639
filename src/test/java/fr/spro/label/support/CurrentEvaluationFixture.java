package fr.spro.label.support;

import java.time.Instant;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.review.CurrentEvaluations;
import org.springframework.context.ApplicationContext;

/**
 * Stores a fixture evaluation as the campaign job would have made it from the data in place: its
 * campaign open, the structure's answers submitted (submitted now when the test has none), and the
 * digest of those inputs, so that a decision taken on it in a test is taken on a current one.
 */
public final class CurrentEvaluationFixture {

    private CurrentEvaluationFixture() {
    }

    public static Evaluation saveCurrent(ApplicationContext context, Evaluation evaluation) {
        context.getBean(Campaigns.class).ensure(Integer.parseInt(evaluation.campaign()));
        SelfAssessments assessments = context.getBean(SelfAssessments.class);
        if (assessments.findByStructureIdAndCampaign(evaluation.structureId(), evaluation.campaign()).filter(a -> a.isSubmitted()).isEmpty()) {
            assessments.save(BackOfficeFixture.submitted(evaluation.structureId(), evaluation.campaign(), Instant.parse("2020-01-01T00:00:00Z")));
        }
        return saveCurrent(context.getBean(Evaluations.class), context.getBean(CurrentEvaluations.class), evaluation);
    }

    public static Evaluation saveCurrent(Evaluations evaluations, CurrentEvaluations current, Evaluation evaluation) {
        Evaluation withDigest = current.currentDigest(evaluation.structureId(), evaluation.campaign())
                .map(evaluation::withInputsDigest).orElse(evaluation);
        return evaluations.save(withDigest);
    }
}
