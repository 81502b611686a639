package fr.spro.label.referential;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * One named threshold or default of the referential ({@code rules/parameters.csv}): what the rule
 * conditions compare with and what their sentences print, written once.
 *
 * @param criterion the criterion it belongs to (e.g. {@code ACC-03}), or a group of the decision
 *                  rules ({@code DECISION}, {@code SCORE}, {@code TERRITOIRE})
 * @param unitFr    French unit, {@code singular|plural} when it has a plural ({@code semaine|semaines}),
 *                  empty for a share (printed as a percentage)
 * @param bound     {@link Bound#MIN} when the value is a floor ("at least"), {@link Bound#MAX} a
 *                  ceiling ("at most"), {@link Bound#NONE} for a default or a duration
 * @param notAbove  another parameter this one may not exceed (the minor threshold stays under the
 *                  compliant one), when there is one
 */
public record Parameter(String name, String criterion, Type type, BigDecimal value, BigDecimal min, BigDecimal max,
                        String unitFr, String unitEn, Bound bound, Optional<String> notAbove,
                        String labelFr, String labelEn) {

    /** What kind of number a parameter holds. */
    public enum Type {
        /** A whole number (weeks, days, meetings). */
        INTEGER,
        /** A number with decimals (hours, a percentage). */
        DECIMAL,
        /** A share between 0 and 1, shown as a percentage. */
        SHARE,
        /** A period in whole years (the label's validity). */
        YEARS,
        /** A period in whole months, "D + n months" being the same day n months later or that month's last day. */
        MONTHS,
        /** A period in whole days. */
        DAYS;

        /** Whether a value of this type is a whole number. */
        public boolean whole() {
            return this != DECIMAL && this != SHARE;
        }

        /** Whether the value is a period of the label procedure. */
        public boolean period() {
            return this == YEARS || this == MONTHS || this == DAYS;
        }
    }

    /** Whether the value is a floor or a ceiling of what complies. */
    public enum Bound {
        MIN, MAX, NONE
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    /** The unit in the language of the locale, for a count of {@code value} (plural from 2 on, as French does). */
    public String unit(Locale locale, BigDecimal amount) {
        String unit = "en".equals(locale.getLanguage()) ? unitEn : unitFr;
        int bar = unit.indexOf('|');
        if (bar < 0) {
            return unit;
        }
        boolean plural = "en".equals(locale.getLanguage()) ? amount.compareTo(BigDecimal.ONE) != 0 : amount.compareTo(BigDecimal.valueOf(2)) >= 0;
        return plural ? unit.substring(bar + 1) : unit.substring(0, bar);
    }

    /** Whether a value is of this parameter's type and inside its allowed range. */
    public boolean accepts(BigDecimal candidate) {
        if (type.whole() && candidate.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return candidate.compareTo(min) >= 0 && candidate.compareTo(max) <= 0;
    }

    /**
     * The value as a period of the label procedure.
     *
     * @throws IllegalStateException when the parameter is not a period
     */
    public Period period() {
        int amount = value.intValueExact();
        return switch (type) {
            case YEARS -> Period.ofYears(amount);
            case MONTHS -> Period.ofMonths(amount);
            case DAYS -> Period.ofDays(amount);
            default -> throw new IllegalStateException(name + " n'est pas une durée");
        };
    }

    /** The same parameter with another value (already checked with {@link #accepts}). */
    public Parameter withValue(BigDecimal newValue) {
        return new Parameter(name, criterion, type, newValue, min, max, unitFr, unitEn, bound, notAbove, labelFr, labelEn);
    }
}
