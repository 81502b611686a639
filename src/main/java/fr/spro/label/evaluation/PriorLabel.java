package fr.spro.label.evaluation;

import java.time.LocalDate;

import fr.spro.label.referential.LabelDecision;

/**
 * A structure's label as it stands before an evaluation: the last confirmed decision and the
 * end of its validity. "Labelled today" in the referential means a granting decision still valid
 * on the campaign's reference date.
 */
public record PriorLabel(LabelDecision lastDecision, LocalDate decidedOn, LocalDate validUntil) {

    public static final PriorLabel NONE = new PriorLabel(null, null, null);

    public boolean labelledOn(LocalDate date) {
        return lastDecision != null && lastDecision.grantsLabel() && validUntil != null && !validUntil.isBefore(date);
    }
}
