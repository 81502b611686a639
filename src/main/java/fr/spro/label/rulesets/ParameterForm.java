package fr.spro.label.rulesets;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The parameters page as posted: what was typed for each parameter ({@code valeurs[ACC-03.heures-conforme]=20}),
 * as text. A decimal comma is read as a decimal point ({@code 0,75}); spaces are left out
 * ({@code 1 000}). Names that are not parameters in force are ignored: nothing here is a file.
 */
record ParameterForm(Map<String, String> valeurs) {

    /** A plain decimal number, sign allowed (the range check refuses it), no exponent. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]");
    /** Far more digits than any parameter needs: longer text is not read as a number. */
    private static final int LONGEST = 30;

    ParameterForm {
        valeurs = valeurs == null ? Map.of() : valeurs;
    }

    /** Why a field could not be read as a number. */
    enum Unreadable {
        BLANK, NOT_A_NUMBER
    }

    /**
     * What was typed, against the parameters in force.
     *
     * @param changed    the values that differ from those in force, by name
     * @param unreadable the fields that hold no number, by name
     */
    record Read(Map<String, BigDecimal> changed, Map<String, Unreadable> unreadable) {
    }

    Read read(Parameters inForce) {
        Map<String, BigDecimal> changed = new LinkedHashMap<>();
        Map<String, Unreadable> unreadable = new LinkedHashMap<>();
        for (Parameter parameter : inForce.all()) {
            String typed = valeurs.get(parameter.name());
            if (typed == null) {
                continue; // not sent: unchanged
            }
            Optional<BigDecimal> value = number(typed);
            if (value.isEmpty()) {
                unreadable.put(parameter.name(), typed.isBlank() ? Unreadable.BLANK : Unreadable.NOT_A_NUMBER);
            } else if (value.get().compareTo(parameter.value()) != 0) {
                changed.put(parameter.name(), value.get());
            }
        }
        return new Read(changed, unreadable);
    }

    /** The number typed, French ({@code 0,75}) or English ({@code 0.75}); empty when it is not one. */
    static Optional<BigDecimal> number(String typed) {
        String compact = SPACES.matcher(typed).replaceAll("");
        if (compact.length() > LONGEST || !NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(compact.replace(',', '.').replaceFirst("\\.$", ""));
        return Optional.of(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
    }

    /** A value as the field shows it: {@code 0,75} in French, {@code 0.75} in English, never an exponent. */
    static String field(BigDecimal value, java.util.Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    /**
     * Each value sent must be a number, refused next to its field with the value in force; whether
     * the number is in range is the referential's to say ({@code Parameters.with}), as for an
     * uploaded {@code parameters.csv}. It needs the parameters in force, so the page calls it itself.
     */
    static final class Numbers implements Validator {

        private static final String FIELD_PREFIX = "valeurs[";

        private final Parameters inForce;
        private final java.util.Locale locale;

        Numbers(Parameters inForce, java.util.Locale locale) {
            this.inForce = inForce;
            this.locale = locale;
        }

        /** The form field of a parameter, as the page posts it. */
        static String field(String parameter) {
            return FIELD_PREFIX + parameter + "]";
        }

        /** The parameter a form field holds. */
        static String parameter(String field) {
            return field.startsWith(FIELD_PREFIX) && field.endsWith("]") ? field.substring(FIELD_PREFIX.length(), field.length() - 1) : field;
        }

        @Override
        public boolean supports(Class<?> type) {
            return ParameterForm.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            ((ParameterForm) target).read(inForce).unreadable().forEach((name, why) -> errors.rejectValue(field(name),
                    "rulesets.parameters." + (why == Unreadable.BLANK ? "blank" : "notANumber"),
                    new Object[] {inForce.parameter(name).map(p -> ParameterChange.text(p, locale)).orElse("")}, null));
        }
    }
}
