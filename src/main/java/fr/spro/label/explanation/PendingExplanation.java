package fr.spro.label.explanation;

import java.time.LocalDate;

/**
 * An explanation asked for and not sent yet: a running period of the label procedure, due
 * {@code explanation.period} after the request.
 */
public record PendingExplanation(String structureId, String structureName, String campaign, LocalDate requestedOn,
                                 LocalDate dueOn) {

    /** Whether the period ended before this day. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
