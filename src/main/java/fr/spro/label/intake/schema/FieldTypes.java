package fr.spro.label.intake.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.spro.label.intake.RejectionCode;

/** The value types of the import formats. */
public final class FieldTypes {

    /** Strict ISO dates: {@code 2025-02-30} is refused rather than moved to 2 March. */
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}(\\.0+)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,12}([.,]\\d{1,6})?");

    private FieldTypes() {
    }

    public static FieldType<String> text() {
        return text -> text;
    }

    /**
     * Whole numbers. {@code 4.0} is read as 4 (JSON writers and spreadsheets produce it);
     * {@code 4.5} is not a whole number.
     */
    public static FieldType<Integer> integer() {
        return text -> {
            if (!INTEGER.matcher(text).matches()) {
                throw Invalid.of(RejectionCode.NOT_AN_INTEGER);
            }
            return new BigDecimal(text).intValueExact();
        };
    }

    /** Decimals with a point or, as French spreadsheets write them, a comma. */
    public static FieldType<Double> decimal() {
        return text -> {
            if (!DECIMAL.matcher(text).matches()) {
                throw Invalid.of(RejectionCode.NOT_A_NUMBER);
            }
            return Double.valueOf(text.replace(',', '.'));
        };
    }

    public static FieldType<LocalDate> date() {
        return text -> {
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw Invalid.of(RejectionCode.DATE_FORMAT);
            }
        };
    }

    /** A campaign: a 4-digit year, kept as text since campaigns are named {@code "2025"}. */
    public static FieldType<String> year() {
        return text -> {
            if (!YEAR.matcher(text).matches()) {
                throw Invalid.of(RejectionCode.CAMPAIGN_FORMAT);
            }
            return text;
        };
    }

    /** One of the constants of {@code type}, in any case; {@code unknown} names the rule otherwise. */
    public static <E extends Enum<E>> FieldType<E> oneOf(Class<E> type, RejectionCode unknown) {
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(e -> e.name(), Function.identity()));
        String expected = String.join(", ", byName.keySet().stream().sorted().toList());
        return text -> {
            E value = byName.get(text.toUpperCase(Locale.ROOT));
            if (value == null) {
                throw Invalid.of(unknown).with("expected", expected);
            }
            return value;
        };
    }

    /** One of a fixed set of lower-case codes (e.g. question codes), in any case; returns the code. */
    public static FieldType<String> code(List<String> codes, RejectionCode unknown) {
        String expected = String.join(", ", codes);
        return text -> {
            String code = text.toLowerCase(Locale.ROOT);
            if (!codes.contains(code)) {
                throw Invalid.of(unknown).with("expected", expected);
            }
            return code;
        };
    }

    /** Items separated by {@code |}; blank items are skipped and repeated ones kept once. */
    public static <T> FieldType<List<T>> listOf(FieldType<T> element) {
        return text -> {
            List<T> items = new ArrayList<>();
            for (String part : text.split("\\|")) {
                String item = part.strip();
                if (!item.isEmpty()) {
                    T value = element.parse(item);
                    if (!items.contains(value)) {
                        items.add(value);
                    }
                }
            }
            return List.copyOf(items);
        };
    }

    /** A SIRET: 14 digits, spaces allowed between groups as printed on documents. */
    public static FieldType<String> siret() {
        return text -> {
            String digits = text.replace(" ", "").replace("\u00A0", "");
            if (!digits.matches("\\d{14}")) {
                throw Invalid.of(RejectionCode.SIRET_FORMAT);
            }
            return digits;
        };
    }
}
