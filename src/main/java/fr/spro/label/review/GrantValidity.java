package fr.spro.label.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.ProcedurePeriods;

/**
 * What a decision opens for the label's validity and the waiting period ({@code procedure.md},
 * "What each decision opens"), from the label in force on the decision day.
 */
final class GrantValidity {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private GrantValidity() {
    }

    /**
     * The end of validity a granting decision gives: a first grant (or one after an expiry or a
     * withdrawal) starts a label on the decision day; taken within the renewal window before the
     * end of a label in force, it renews it from the day after that end; earlier, it is a
     * surveillance and the end does not move. {@code null} for a decision that grants nothing.
     */
    static LocalDate validUntil(LabelDecision decision, LocalDate decidedOn, LabelStanding.Standing standing, ProcedurePeriods periods) {
        if (!decision.grantsLabel()) {
            return null;
        }
        if (standing.labelUntil().isEmpty()) {
            return decidedOn.plus(periods.labelValidity());
        }
        LocalDate end = standing.labelUntil().get();
        boolean withinRenewalWindow = decidedOn.isAfter(end.minus(periods.renewalWindow()));
        return withinRenewalWindow ? end.plusDays(1).plus(periods.labelValidity()) : end;
    }

    /**
     * Refuses a granting decision taken before the waiting period after a refusal or a withdrawal has passed.
     *
     * @throws DecisionRefused {@code WAITING_PERIOD}
     */
    static void checkWaitingPeriod(LabelDecision decision, LocalDate decidedOn, LabelStanding.Standing standing, ProcedurePeriods periods) {
        if (!decision.grantsLabel() || standing.refusedOn().isEmpty()) {
            return;
        }
        LocalDate refusedOn = standing.refusedOn().get();
        LocalDate firstDay = refusedOn.plus(periods.reapplicationWait());
        if (decidedOn.isBefore(firstDay)) {
            throw new DecisionRefused(DecisionRefused.Code.WAITING_PERIOD, "Le label ne peut pas être accordé avant le "
                    + FRENCH_DATE.format(firstDay) + " : il a été refusé ou retiré le " + FRENCH_DATE.format(refusedOn)
                    + ", et aucune décision d'attribution n'est possible pendant le délai d'attente qui suit.");
        }
    }
}
