package fr.spro.label.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The evaluation of one structure for one campaign, in the shape of the evaluation object of
 * {@code interfaces.md}: one finding per criterion, compliance, proposal, scores and the
 * rule-set version that produced them. At most one per (structure, campaign): a re-run replaces it.
 *
 * @param flagged         set when a re-evaluation proposes something else than a decision
 *                        already confirmed, so an officer looks at it
 * @param inputsDigest    digest of the inputs evaluated, so a re-run can tell whether anything changed
 */
@Document("evaluations")
@CompoundIndex(name = "structure_campaign", def = "{'structureId': 1, 'campaign': 1}", unique = true)
@CompoundIndex(name = "campaign_proposal", def = "{'campaign': 1, 'proposal': 1}")
public record Evaluation(
        @Id String id,
        String structureId,
        String campaign,
        String ruleSetVersion,
        Compliance compliance,
        LabelDecision proposal,
        Map<String, Double> scores,
        List<Finding> findings,
        List<ActionItem> actionPlan,
        Instant evaluatedAt,
        boolean flagged,
        String inputsDigest) {

    public Evaluation {
        scores = scores == null ? Map.of() : scores;
        findings = findings == null ? List.of() : List.copyOf(findings);
        actionPlan = actionPlan == null ? List.of() : List.copyOf(actionPlan);
    }

    /** The natural key as document id: structure ids never contain {@code _}. */
    public static String idOf(String structureId, String campaign) {
        return structureId + "_" + campaign;
    }

    /** The same evaluation, marked for an officer: it proposes other than the confirmed decision. */
    public Evaluation flaggedForReview() {
        return new Evaluation(id, structureId, campaign, ruleSetVersion, compliance, proposal, scores, findings, actionPlan,
                evaluatedAt, true, inputsDigest);
    }

    /** The same evaluation once an officer has decided on it: no longer waiting for a second look. */
    public Evaluation reviewed() {
        return new Evaluation(id, structureId, campaign, ruleSetVersion, compliance, proposal, scores, findings, actionPlan,
                evaluatedAt, false, inputsDigest);
    }

    /** The same evaluation as made from inputs with this digest. */
    public Evaluation withInputsDigest(String digest) {
        return new Evaluation(id, structureId, campaign, ruleSetVersion, compliance, proposal, scores, findings, actionPlan,
                evaluatedAt, flagged, digest);
    }

    /** The same evaluation with another action plan (due dates follow the decision). */
    public Evaluation withActionPlan(List<ActionItem> plan) {
        return new Evaluation(id, structureId, campaign, ruleSetVersion, compliance, proposal, scores, findings, plan,
                evaluatedAt, flagged, inputsDigest);
    }
}
