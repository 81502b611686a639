package fr.spro.label.explanation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import fr.spro.label.explanation.FrozenExplanation.Value;
import fr.spro.label.explanation.FrozenExplanation.Value.Kind;

/**
 * A finding's input as data that keeps: the rules hand over booleans, numbers, dates, enumerations
 * and sets; read back from the store, dates are {@link Date}s and enumerations their names.
 */
final class InputValues {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputValues() {
    }

    static Value of(Object raw) {
        if (raw == null) {
            return new Value(Kind.NONE, List.of());
        }
        if (raw instanceof Boolean yes) {
            return new Value(Kind.BOOLEAN, List.of(yes.toString()));
        }
        if (raw instanceof Number number) {
            return new Value(Kind.NUMBER, List.of(new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()));
        }
        if (raw instanceof LocalDate date) {
            return new Value(Kind.DATE, List.of(date.toString()));
        }
        if (raw instanceof Date date) {
            // The store wrote the LocalDate at the start of its day in the JVM's zone: read it back the same way.
            return new Value(Kind.DATE, List.of(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString()));
        }
        if (raw instanceof Enum<?> constant) {
            return new Value(Kind.TEXT, List.of(constant.name()));
        }
        if (raw instanceof Collection<?> items) {
            return new Value(Kind.LIST, items.stream().map(item -> of(item).parts()).flatMap(List::stream).sorted().toList());
        }
        if (raw instanceof String text && ISO_DATE.matcher(text).matches()) {
            // A LocalDate inside a map of inputs is kept by the store as its ISO text.
            return new Value(Kind.DATE, List.of(text));
        }
        return new Value(Kind.TEXT, List.of(raw.toString()));
    }

    /** Whether a threshold can have been compared with this value: a number, a date, or nothing given. */
    static boolean comparable(Value value) {
        return value.kind() == Kind.NUMBER || value.kind() == Kind.DATE || value.kind() == Kind.NONE;
    }
}
