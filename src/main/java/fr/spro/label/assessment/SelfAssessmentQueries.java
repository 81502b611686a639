package fr.spro.label.assessment;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The self-assessments' exported queries: how other modules read them. */
@Component
public class SelfAssessmentQueries {

    private final SelfAssessments assessments;

    SelfAssessmentQueries(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    /** The self-assessment of one structure for one campaign. */
    public Optional<SelfAssessment> find(String structureId, String campaign) {
        return assessments.findById(SelfAssessment.idOf(structureId, campaign));
    }
}
