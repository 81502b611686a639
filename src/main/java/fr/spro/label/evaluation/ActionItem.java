package fr.spro.label.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of an action plan, opened for a minor finding of a label granted under conditions.
 * The structure answers it (comment, evidence) and marks it done; a done item no longer changes.
 *
 * @param response the structure's account of what it did
 * @param evidence what backs it up, as a reader sees it: https links and file names
 */
public record ActionItem(
        String criterion,
        String description,
        LocalDate dueOn,
        ActionStatus status,
        String response,
        java.util.List<String> evidence) {

    /** The longest response kept, as long as a self-assessment comment. */
    public static final int MAX_RESPONSE_LENGTH = 2000;

    public enum ActionStatus { OPEN, DONE }

    public ActionItem {
        status = status == null ? ActionStatus.OPEN : status;
        evidence = evidence == null ? java.util.List.of() : java.util.List.copyOf(evidence);
    }

    public boolean isDone() {
        return status == ActionStatus.DONE;
    }

    /** Whether the item is still open on that day after its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return !isDone() && dueOn != null && dueOn.isBefore(day);
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
        return new ActionItem(criterion, description, dueOn, status, text, all);
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
        return new ActionItem(criterion, description, dueOn, ActionStatus.DONE, response, evidence);
    }
}
