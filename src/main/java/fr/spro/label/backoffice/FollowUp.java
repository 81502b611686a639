package fr.spro.label.backoffice;

import java.time.LocalDate;

import fr.spro.label.evaluation.ActionItem;

/** Where an action-plan item stands, as officers follow it up. */
enum FollowUp {
    /** Due later, not answered yet. */
    TO_DO,
    /** The structure answered (comment or evidence) but has not marked it done. */
    ANSWERED,
    /** Past its due date and not done. */
    OVERDUE,
    /** Marked done by the structure: for the officer to verify. */
    DONE,
    /** Refused by the officer with a reason: back to the structure. */
    NOT_LIFTED,
    /** Accepted by the officer. */
    LIFTED;

    static FollowUp of(ActionItem item, LocalDate today) {
        if (item.status() == ActionItem.ActionStatus.LIFTED) {
            return LIFTED;
        }
        if (item.status() == ActionItem.ActionStatus.DONE) {
            return DONE;
        }
        if (item.dueOn() != null && item.dueOn().isBefore(today)) {
            return OVERDUE;
        }
        if (item.status() == ActionItem.ActionStatus.NOT_LIFTED) {
            return NOT_LIFTED;
        }
        boolean answered = (item.response() != null && !item.response().isBlank()) || !item.evidence().isEmpty();
        return answered ? ANSWERED : TO_DO;
    }
}
