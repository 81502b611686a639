package fr.spro.label.intake.schema;

import java.util.Map;

/**
 * A valid row: its line in the file and its typed values. Only the columns the file has are
 * present, so a file without, say, a {@code phone} column leaves the stored phone untouched.
 */
public final class Row {

    private final int line;
    private final Map<String, Object> values;

    Row(int line, Map<String, Object> values) {
        this.line = line;
        this.values = values;
    }

    public int line() {
        return line;
    }

    /** Whether the file has this column (the value may still be {@code null}: an empty cell). */
    public boolean has(Column<?> column) {
        return values.containsKey(column.name());
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Column<T> column) {
        return (T) values.get(column.name());
    }

    /** The columns the file has, with their values, in format order. */
    public Map<String, Object> values() {
        return values;
    }
}
