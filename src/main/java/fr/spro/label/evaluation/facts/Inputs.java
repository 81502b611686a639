package fr.spro.label.evaluation.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the inputs map of a verdict from name/value pairs, in the order given. Values keep their
 * type (numbers, booleans) except those a document store or a reader would not read back the
 * same: dates become ISO strings, enums their names, collections sorted lists of names. A missing
 * input stays in the map with a {@code null} value, so a report can say it was not given.
 */
public final class Inputs {

    private Inputs() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Inputs.of attend des paires nom, valeur");
        }
        Map<String, Object> inputs = new LinkedHashMap<>(namesAndValues.length);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = normalise(namesAndValues[i + 1]);
            if (value instanceof String text && text.length() > Verdict.MAX_EXPLANATION) {
                throw new IllegalArgumentException("valeur de « " + namesAndValues[i] + " » de " + text.length() + " caractères : "
                        + Verdict.MAX_EXPLANATION + " au plus");
            }
            inputs.put((String) namesAndValues[i], value);
        }
        return Collections.unmodifiableMap(inputs);
    }

    private static Object normalise(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> String.valueOf(normalise(v))).sorted().toList();
        }
        return value;
    }
}
