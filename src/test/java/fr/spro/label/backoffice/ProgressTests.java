package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.support.BackOfficeFixture;
import org.junit.jupiter.api.Test;

/** Where a structure stands in a campaign: one step each, the latest event deciding. */
class ProgressTests {

    static final Instant MONDAY = Instant.parse("2031-05-05T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2031-05-06T09:00:00Z");

    @Test
    void withoutSelfAssessmentAStructureHasNotStarted() {
        assertThat(Progress.of(null, null, false)).isEqualTo(Progress.NOT_STARTED);
    }

    @Test
    void aDraftIsADraftEvenWithAnOlderEvaluation() {
        Evaluation old = BackOfficeFixture.evaluation("ML-TEST", "2031", LabelDecision.LABELLISE, MONDAY, List.of());
        assertThat(Progress.of(BackOfficeFixture.draft("ML-TEST", "2031", TUESDAY), old, false)).isEqualTo(Progress.DRAFT);
    }

    @Test
    void aSubmissionNotEvaluatedSinceWaitsForTheEvaluation() {
        Evaluation before = BackOfficeFixture.evaluation("ML-TEST", "2031", LabelDecision.LABELLISE, MONDAY, List.of());
        assertThat(Progress.of(BackOfficeFixture.submitted("ML-TEST", "2031", MONDAY), null, false)).isEqualTo(Progress.SUBMITTED);
        assertThat(Progress.of(BackOfficeFixture.submitted("ML-TEST", "2031", TUESDAY), before, false)).isEqualTo(Progress.SUBMITTED);
    }

    @Test
    void anEvaluatedSubmissionAwaitsADecisionUntilOneIsTaken() {
        Evaluation after = BackOfficeFixture.evaluation("ML-TEST", "2031", LabelDecision.LABELLISE, TUESDAY, List.of());
        assertThat(Progress.of(BackOfficeFixture.submitted("ML-TEST", "2031", MONDAY), after, false)).isEqualTo(Progress.AWAITING_DECISION);
        assertThat(Progress.of(BackOfficeFixture.submitted("ML-TEST", "2031", MONDAY), after, true)).isEqualTo(Progress.DECIDED);
    }

    @Test
    void aFlaggedReEvaluationAwaitsADecisionAgain() {
        Evaluation flagged = BackOfficeFixture.evaluation("ML-TEST", "2031", LabelDecision.SUSPENDU, TUESDAY, List.of()).flaggedForReview();
        assertThat(Progress.of(BackOfficeFixture.submitted("ML-TEST", "2031", MONDAY), flagged, true)).isEqualTo(Progress.AWAITING_DECISION);
    }
}
