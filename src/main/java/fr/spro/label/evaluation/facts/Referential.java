package fr.spro.label.evaluation.facts;

import java.time.LocalDate;

/**
 * The referential in force and the day of the evaluation: what the decision rules need to date
 * an action plan ({@code action-plan.due.months} of {@code referential.properties}).
 */
public record Referential(String version, LocalDate evaluatedOn, int actionPlanDueMonths) {

    /** The due date of an action-plan item opened by this evaluation. */
    public LocalDate actionPlanDueOn() {
        return evaluatedOn.plusMonths(actionPlanDueMonths);
    }
}
