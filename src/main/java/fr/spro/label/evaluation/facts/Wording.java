package fr.spro.label.evaluation.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * French wording of figures in explanations: {@code 23,9}, {@code 50 %}, {@code 15/03/2025},
 * {@code 2 semaines}. Formatting only; what the figures mean is decided by the rules.
 */
public final class Wording {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Wording() {
    }

    /** A figure as French writes it: decimal comma, no useless zero ({@code 24}, {@code 23,9}). */
    public static String number(Number value) {
        if (value == null) {
            return "non renseigné";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * {@code part / whole} as a percentage with at most one decimal, truncated so that a share
     * just below a threshold never reads as the threshold ({@code 89,9 %}, not {@code 90 %}).
     */
    public static String percent(Number part, Number whole) {
        BigDecimal share = BigDecimal.valueOf(part.doubleValue() * 100)
                .divide(BigDecimal.valueOf(whole.doubleValue()), 1, RoundingMode.DOWN);
        return number(share.doubleValue()) + " %";
    }

    /** A count with its noun, singular for 0 and 1 as French does ({@code 0 réunion}, {@code 2 réunions}). */
    public static String count(Number value, String singular, String plural) {
        return number(value) + " " + (value.doubleValue() < 2 ? singular : plural);
    }

    /**
     * A count as {@link #count}, or {@code none} when there is none ({@code aucune participation}):
     * for the sentence of a rule that concludes both on none and on too few, since the minimum is a
     * parameter that may be raised above 1.
     */
    public static String countOrNone(Number value, String none, String singular, String plural) {
        return value.doubleValue() <= 0 ? none : count(value, singular, plural);
    }

    /**
     * A share of something as French says it: {@code la moitié des ETP}, {@code le quart des ETP},
     * {@code les trois quarts des ETP}, otherwise as a percentage ({@code 60 % des ETP}).
     *
     * @param ofWhat what the share is of, with its article ({@code des ETP})
     */
    public static String fractionOf(Number share, String ofWhat) {
        BigDecimal exact = BigDecimal.valueOf(share.doubleValue());
        String fraction = exact.compareTo(new BigDecimal("0.5")) == 0 ? "la moitié"
                : exact.compareTo(new BigDecimal("0.25")) == 0 ? "le quart"
                : exact.compareTo(new BigDecimal("0.75")) == 0 ? "les trois quarts"
                : number(exact.multiply(BigDecimal.valueOf(100))) + " %";
        return fraction + " " + ofWhat;
    }

    public static String date(LocalDate date) {
        return date == null ? "non renseignée" : date.format(FRENCH_DATE);
    }

    /** {@code part / whole} as a number, for ratio thresholds in rule conditions. */
    public static double ratio(Number part, Number whole) {
        return part.doubleValue() / whole.doubleValue();
    }
}
