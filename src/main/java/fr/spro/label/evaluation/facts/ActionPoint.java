package fr.spro.label.evaluation.facts;

import java.time.LocalDate;

/** One item of the action plan that comes with a label granted under conditions. */
public record ActionPoint(Case subject, String criterion, String description, LocalDate dueOn) {

    /** Longest description: an explanation with the few words of an action before it. */
    public static final int MAX_DESCRIPTION = 2 * Verdict.MAX_EXPLANATION;

    public ActionPoint {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("action de " + description.length() + " caractères pour " + criterion
                    + " : " + MAX_DESCRIPTION + " au plus");
        }
    }

    /** For the rule files, which may not write {@code new}. */
    public static ActionPoint of(Case subject, String criterion, String description, LocalDate dueOn) {
        return new ActionPoint(subject, criterion, description, dueOn);
    }
}
