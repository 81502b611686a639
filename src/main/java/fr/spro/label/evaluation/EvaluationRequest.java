package fr.spro.label.evaluation;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.structure.MemberStructure;

/**
 * Everything one evaluation reads: the structure, the campaign, its self-assessment and activity
 * report for that campaign, and its label as it stands.
 *
 * @param selfAssessment {@code null} when none: every answer then counts as not given
 * @param activity       {@code null} when none: every figure then counts as not reported
 * @param priorLabel     {@code null} is read as {@link PriorLabel#NONE}
 */
public record EvaluationRequest(MemberStructure structure, Campaign campaign, SelfAssessment selfAssessment,
                                ActivityReport activity, PriorLabel priorLabel) {

    public EvaluationRequest {
        if (structure == null || campaign == null) {
            throw new IllegalArgumentException("une évaluation porte sur une structure et une campagne");
        }
        priorLabel = priorLabel == null ? PriorLabel.NONE : priorLabel;
    }
}
