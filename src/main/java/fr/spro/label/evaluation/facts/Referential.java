package fr.spro.label.evaluation.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * The referential in force and the day of the evaluation: what the decision rules need to date
 * an action plan ({@code conditions.period} of {@code parameters.csv}).
 */
public record Referential(String version, LocalDate evaluatedOn, Period conditionsPeriod) {

    /** The due date of an action-plan item opened by this evaluation (the decision dates it again from its notification). */
    public LocalDate actionPlanDueOn() {
        return evaluatedOn.plus(conditionsPeriod);
    }
}
