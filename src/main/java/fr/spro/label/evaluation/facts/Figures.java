package fr.spro.label.evaluation.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Arithmetic the rule files call where a condition needs more than a comparison: a default for a
 * figure not reported, a target that grows with the staff, a date some days back. Plain arithmetic
 * only: every number of the referential is a parameter the rule passes in
 * ({@code parameters.value("NAME")}), so that changing it never means changing Java code.
 */
public final class Figures {

    private Figures() {
    }

    /**
     * A whole figure, or the fallback when it is not reported ({@code null}). Whole, because the
     * figure goes into the verdict's inputs and sentence as reported ({@code 4}, not {@code 4.0}).
     *
     * @param fallback a whole number (a parameter of type {@code integer})
     */
    public static int orDefault(Integer value, double fallback) {
        return value != null ? value : (int) Math.round(fallback);
    }

    /**
     * The participations expected for a staff: {@code perFte x fte} rounded up to a whole
     * participation, and never fewer than {@code floor}. In decimals, so that 0.1 x 30 is 3, not
     * the 4 that {@code Math.ceil} gives on the binary product.
     */
    public static int expectedParticipations(Double fte, double floor, double perFte) {
        BigDecimal perStaff = BigDecimal.valueOf(perFte).multiply(BigDecimal.valueOf(fte)).setScale(0, RoundingMode.CEILING);
        return perStaff.max(BigDecimal.valueOf(Math.round(floor))).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /** The day {@code days} days before {@code date} (a whole number of days). */
    public static LocalDate daysBefore(LocalDate date, double days) {
        return date.minusDays(Math.round(days));
    }
}
