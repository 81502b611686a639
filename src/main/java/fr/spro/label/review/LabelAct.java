package fr.spro.label.review;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An officer's act that changes a label outside a campaign's decision ({@code procedure.md},
 * "Follow-up of action items" and "Withdrawal"): the label timeline replays these with the
 * decisions. Dated on its notification, which is today the day it is taken.
 *
 * @param campaign the campaign of the decision the act follows up (its action plan, its suspension)
 * @param text     what the officer wrote: the grounds, the reason
 */
@Document("label_acts")
public record LabelAct(
        @Id String id,
        @Indexed String structureId,
        Kind kind,
        String campaign,
        LocalDate on,
        Instant at,
        String actor,
        String text) {

    /** What an act does to the label. */
    public enum Kind {
        /** Every item of a label under conditions lifted: the label is granted in full, same end of validity. */
        CONDITIONS_LIFTED,
        /** Every corrective item of a suspension lifted: the label is back to its state before, same end of validity. */
        SUSPENSION_LIFTED,
        /** A suspension confirmed by an officer outside a campaign (conditions not lifted in time). */
        SUSPENDED,
        /** The label withdrawn at the end of a withdrawal procedure. */
        WITHDRAWN
    }

    /** One act of a kind per structure, campaign and day: an officer's second click changes nothing. */
    public static String idOf(String structureId, Kind kind, String campaign, LocalDate on) {
        return structureId + "_" + kind + "_" + campaign + "_" + on;
    }
}
