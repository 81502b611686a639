package fr.spro.label.intake.schema;

import java.util.List;

import fr.spro.label.intake.RejectionCode;

/**
 * One column of an import format: its name in the file, its type, whether it may be empty, and
 * the rules its values obey. An empty cell of an optional column reads as {@code null}
 * ("not reported").
 */
public final class Column<T> {

    private final String name;
    private final FieldType<T> type;
    private final boolean required;
    private final boolean list;
    private final List<Check<? super T>> checks;

    private Column(String name, FieldType<T> type, boolean required, boolean list, List<Check<? super T>> checks) {
        this.name = name;
        this.type = type;
        this.required = required;
        this.list = list;
        this.checks = checks;
    }

    @SafeVarargs
    public static <T> Column<T> required(String name, FieldType<T> type, Check<? super T>... checks) {
        return new Column<>(name, type, true, false, List.of(checks));
    }

    @SafeVarargs
    public static <T> Column<T> optional(String name, FieldType<T> type, Check<? super T>... checks) {
        return new Column<>(name, type, false, false, List.of(checks));
    }

    /** An optional list column: {@code a|b|c} in CSV, a string or an array of strings in JSON. */
    public static <T> Column<List<T>> list(String name, FieldType<T> element) {
        return new Column<>(name, FieldTypes.listOf(element), false, true, List.of());
    }

    public String name() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isList() {
        return list;
    }

    /** The cell as a value; {@code null} for an empty cell of an optional column. */
    public T read(String cell) throws Invalid {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            if (required) {
                throw Invalid.of(RejectionCode.REQUIRED);
            }
            return null;
        }
        T value = type.parse(text);
        for (Check<? super T> check : checks) {
            check.verify(value);
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }
}
