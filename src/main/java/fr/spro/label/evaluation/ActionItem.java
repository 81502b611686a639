package fr.spro.label.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of an action plan: opened for a minor finding of a label granted under conditions, or
 * for a major one of a suspension ({@code procedure.md}, "Follow-up of action items"). The
 * structure answers it (comment, evidence) and marks it done; the officer then marks it lifted,
 * or not lifted with a reason the structure reads, after which the structure may answer again.
 * A lifted item no longer changes.
 *
 * @param response   the structure's account of what it did
 * @param evidence   what backs it up, as a reader sees it: https links and file names
 * @param verdict    the officer's reason when the item was not lifted
 * @param verifiedOn the day the officer marked it lifted or not lifted
 */
public record ActionItem(
        String criterion,
        String description,
        LocalDate dueOn,
        ActionStatus status,
        String response,
        List<String> evidence,
        String verdict,
        LocalDate verifiedOn) {

    /** The longest response kept, as long as a self-assessment comment. */
    public static final int MAX_RESPONSE_LENGTH = 2000;
    /** The shortest reason for an item not lifted: the structure must be able to act on it. */
    public static final int MIN_VERDICT_LENGTH = 10;

    /** Where an item stands between the structure and the officer. */
    public enum ActionStatus {
        /** To do, or answered but not marked done. */
        OPEN,
        /** Marked done by the structure: for the officer to verify. */
        DONE,
        /** Accepted by the officer (levée). */
        LIFTED,
        /** Refused by the officer with a reason (non levée): the structure may answer again. */
        NOT_LIFTED
    }

    public ActionItem {
        status = status == null ? ActionStatus.OPEN : status;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An item the officer has not verified yet. */
    public ActionItem(String criterion, String description, LocalDate dueOn, ActionStatus status, String response, List<String> evidence) {
        this(criterion, description, dueOn, status, response, evidence, null, null);
    }

    /** Marked done by the structure, or lifted: the structure has nothing more to do on it. */
    public boolean isDone() {
        return status == ActionStatus.DONE || status == ActionStatus.LIFTED;
    }

    public boolean isLifted() {
        return status == ActionStatus.LIFTED;
    }

    /** Whether the structure still has it to do on that day after its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return !isDone() && dueOn != null && dueOn.isBefore(day);
    }

    /**
     * The item as the officer verified it on {@code day}: lifted, or not lifted for {@code reason}.
     *
     * @throws ActionItemRefused {@code ACTION_ITEM_LIFTED} once lifted, {@code VERDICT_REQUIRED} without a reason to refuse it
     */
    public ActionItem verified(boolean lifted, String reason, LocalDate day) {
        if (isLifted()) {
            throw ActionItemRefused.lifted(criterion);
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (!lifted && (text == null || text.length() < MIN_VERDICT_LENGTH)) {
            throw ActionItemRefused.verdictRequired(criterion);
        }
        if (text != null && text.length() > MAX_RESPONSE_LENGTH) {
            throw ActionItemRefused.tooLong(text.length());
        }
        return new ActionItem(criterion, description, dueOn, lifted ? ActionStatus.LIFTED : ActionStatus.NOT_LIFTED, response, evidence,
                lifted ? null : text, day);
    }

    /**
     * The item with the structure's response (blank: none) and more evidence.
     *
     * @throws ActionItemRefused {@code ACTION_ITEM_DONE} once done, {@code RESPONSE_TOO_LONG}
     */
    public ActionItem answer(String newResponse, List<String> moreEvidence) {
        if (isDone()) {
            throw ActionItemRefused.done(criterion);
        }
        String text = newResponse == null || newResponse.isBlank() ? null : newResponse.strip();
        if (text != null && text.length() > MAX_RESPONSE_LENGTH) {
            throw ActionItemRefused.tooLong(text.length());
        }
        List<String> all = new ArrayList<>(evidence);
        moreEvidence.stream().filter(item -> !all.contains(item)).forEach(all::add);
        // Answered again after a refusal: back to the structure's hands, the officer's reason still shown.
        return new ActionItem(criterion, description, dueOn, ActionStatus.OPEN, text, all, verdict, verifiedOn);
    }

    /**
     * The item done: what was done must be said first, so that the officer following the plan can check it.
     *
     * @throws ActionItemRefused {@code ACTION_ITEM_DONE} once done, {@code RESPONSE_REQUIRED} without a response
     */
    public ActionItem markDone() {
        if (isDone()) {
            throw ActionItemRefused.done(criterion);
        }
        if (response == null || response.isBlank()) {
            throw ActionItemRefused.responseRequired(criterion);
        }
        return new ActionItem(criterion, description, dueOn, ActionStatus.DONE, response, evidence, verdict, verifiedOn);
    }
}
