package fr.spro.label.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;

/**
 * The evaluation object of {@code interfaces.md}: an evaluation with the officer's decision when
 * one was taken. The list endpoints leave the findings out.
 */
public record EvaluationView(
        String structureId,
        String campaign,
        String ruleSetVersion,
        Compliance compliance,
        LabelDecision proposal,
        LabelDecision decision,
        Map<String, Double> scores,
        boolean flagged,
        Instant evaluatedAt,
        List<FindingView> findings,
        List<ActionItem> actionPlan) {

    /** A finding as the API shows it. */
    public record FindingView(String criterion, String outcome, String explanation, Map<String, Object> inputs) {

        static FindingView of(Finding finding) {
            return new FindingView(finding.criterion(), finding.outcome().name(), finding.explanation(), finding.inputs());
        }
    }

    public static EvaluationView of(Evaluation evaluation, Decision decision) {
        return new EvaluationView(evaluation.structureId(), evaluation.campaign(), evaluation.ruleSetVersion(),
                evaluation.compliance(), evaluation.proposal(), decision == null ? null : decision.decision(),
                evaluation.scores(), evaluation.flagged(), evaluation.evaluatedAt(),
                evaluation.findings().stream().map(FindingView::of).toList(), evaluation.actionPlan());
    }

    /** The same without findings, for lists. */
    public EvaluationView summary() {
        return new EvaluationView(structureId, campaign, ruleSetVersion, compliance, proposal, decision, scores, flagged,
                evaluatedAt, null, null);
    }
}
