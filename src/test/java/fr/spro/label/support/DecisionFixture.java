package fr.spro.label.support;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.ProcedurePeriods;
import fr.spro.label.review.Decision;

/** Confirmed label decisions for tests; granting ones valid three years, as the default referential says. */
public final class DecisionFixture {

    public static final int VALIDITY_YEARS = 3;

    /** The periods of the label procedure as procedure.md sets them by default (and the bundled rules/). */
    public static final ProcedurePeriods PERIODS = new ProcedurePeriods(Period.ofYears(VALIDITY_YEARS), Period.ofMonths(12),
            Period.ofMonths(6), Period.ofMonths(3), Period.ofMonths(1), Period.ofDays(30), Period.ofDays(30), Period.ofDays(30),
            Period.ofMonths(3), Period.ofMonths(2), Period.ofMonths(1), Period.ofMonths(6));

    private DecisionFixture() {
    }

    public static Decision labelled(String structureId, String campaign, LocalDate decidedOn) {
        return decision(structureId, campaign, LabelDecision.LABELLISE, decidedOn, decidedOn.plusYears(VALIDITY_YEARS));
    }

    public static Decision labelledUnderConditions(String structureId, String campaign, LocalDate decidedOn) {
        return decision(structureId, campaign, LabelDecision.LABELLISE_SOUS_CONDITIONS, decidedOn, decidedOn.plusYears(VALIDITY_YEARS));
    }

    public static Decision suspended(String structureId, String campaign, LocalDate decidedOn) {
        return decision(structureId, campaign, LabelDecision.SUSPENDU, decidedOn, null);
    }

    public static Decision refused(String structureId, String campaign, LocalDate decidedOn) {
        return decision(structureId, campaign, LabelDecision.REFUSE, decidedOn, null);
    }

    public static Decision decision(String structureId, String campaign, LabelDecision decision, LocalDate decidedOn,
                                    LocalDate validUntil) {
        return new Decision(Decision.idOf(structureId, campaign), structureId, campaign, decision, decision, null,
                "officier", decidedOn, decidedOn.atStartOfDay().toInstant(ZoneOffset.UTC), validUntil);
    }
}
