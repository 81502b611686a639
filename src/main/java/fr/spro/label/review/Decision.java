package fr.spro.label.review;

import java.time.Instant;
import java.time.LocalDate;

import fr.spro.label.referential.LabelDecision;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An officer's label decision for one structure and campaign: the proposal as it stood, the
 * decision taken, and — when it differs — the written justification. Only decisions are public.
 *
 * @param validUntil end of the label's validity for decisions that grant it, else {@code null}
 */
@Document("label_decisions")
@CompoundIndex(name = "structure_campaign", def = "{'structureId': 1, 'campaign': 1}", unique = true)
@CompoundIndex(name = "decision_valid", def = "{'decision': 1, 'validUntil': 1}")
public record Decision(
        @Id String id,
        String structureId,
        String campaign,
        LabelDecision proposal,
        LabelDecision decision,
        String justification,
        String decidedBy,
        LocalDate decidedOn,
        Instant decidedAt,
        LocalDate validUntil) {

    public static String idOf(String structureId, String campaign) {
        return structureId + "_" + campaign;
    }

    /** True when the officer chose another decision than the proposal. */
    public boolean overridesProposal() {
        return proposal != decision;
    }
}
