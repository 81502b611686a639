package fr.spro.label.evaluation;

import java.time.LocalDate;

/**
 * One item of an action plan, opened for a minor finding of a label granted under conditions.
 * The structure answers it (comment, evidence) and marks it done.
 */
public record ActionItem(
        String criterion,
        String description,
        LocalDate dueOn,
        ActionStatus status,
        String response,
        java.util.List<String> evidence) {

    public enum ActionStatus { OPEN, DONE }

    public ActionItem {
        status = status == null ? ActionStatus.OPEN : status;
        evidence = evidence == null ? java.util.List.of() : java.util.List.copyOf(evidence);
    }
}
