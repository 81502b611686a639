package fr.spro.label.backoffice;

import java.util.List;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;

/**
 * Everything the review page of one evaluation shows.
 *
 * @param assessment the structure's self-assessment for the campaign, {@code null} if it has none any more
 * @param stale      why the evaluation can no longer found a decision, {@code null} when it is current
 */
record EvaluationDetail(MemberStructure structure, Campaign campaign, Evaluation evaluation, Decision decision,
                        SelfAssessment assessment, List<FindingRow> findings, List<ActionItemRow> actionPlan,
                        CurrentEvaluations.StaleReason stale) {

    /** Submitted, undecided, in an open campaign: the officer may send it back to the structure. */
    public boolean reopenable() {
        return campaign.isOpen() && assessment != null && assessment.isSubmitted() && decision == null;
    }

    public boolean certified() {
        return decision != null && decision.decision().grantsLabel();
    }
}
