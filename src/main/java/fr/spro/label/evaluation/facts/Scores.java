package fr.spro.label.evaluation.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Theme;

/**
 * The scores out of 100 of a case, by theme code in the referential's theme order, then
 * {@link Score#OVERALL}. A theme with no applicable criterion has no key: its score is unknown,
 * neither 0 nor 100.
 *
 * <p>Computed here rather than in the rule file because a score loops over the verdicts, which a
 * rule file may not do; what a minor weighs stays a parameter the rule passes in.
 */
public record Scores(Case subject, Map<String, Double> values) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scores {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * {@code 100 x (CONFORME + minorWeight x (NC_MINEURE + A_JUSTIFIER)) / applicable criteria},
     * rounded half up to one decimal, per theme and over every applicable criterion once (not an
     * average of the themes). {@code NON_APPLICABLE} criteria do not count; {@code NC_MAJEURE}
     * weighs nothing.
     *
     * @param verdicts    the verdicts of the case (what {@code collect} gives a rule)
     * @param minorWeight what a minor non-conformity weighs, a compliant verdict weighing 1
     */
    public static Scores of(Case subject, List<?> verdicts, double minorWeight) {
        int themes = Theme.values().length;
        // Index `themes` holds the overall counts.
        int[] compliant = new int[themes + 1];
        int[] minors = new int[themes + 1];
        int[] applicable = new int[themes + 1];
        for (Object each : verdicts) {
            Verdict verdict = (Verdict) each;
            Outcome outcome = verdict.outcome();
            if (outcome == Outcome.NON_APPLICABLE) {
                continue;
            }
            int theme = verdict.theme().ordinal();
            applicable[theme]++;
            applicable[themes]++;
            if (outcome == Outcome.CONFORME) {
                compliant[theme]++;
                compliant[themes]++;
            } else if (outcome.isMinor()) {
                minors[theme]++;
                minors[themes]++;
            }
        }
        // Decimal arithmetic, so that a weight such as 0.3 adds up exactly before rounding.
        BigDecimal weight = BigDecimal.valueOf(minorWeight);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            int i = theme.ordinal();
            if (applicable[i] > 0) {
                values.put(theme.name(), score(compliant[i], minors[i], applicable[i], weight));
            }
        }
        if (applicable[themes] > 0) {
            values.put(Score.OVERALL, score(compliant[themes], minors[themes], applicable[themes], weight));
        }
        return new Scores(subject, values);
    }

    private static double score(int compliant, int minors, int applicable, BigDecimal weight) {
        BigDecimal points = BigDecimal.valueOf(compliant).add(weight.multiply(BigDecimal.valueOf(minors)));
        return points.multiply(HUNDRED).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
