package fr.spro.label.intake.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An import format: its columns in order, the columns of its natural key and its row rules.
 * {@link #validate} turns the cells of one record into a {@link Row} or the list of its problems.
 */
public final class Schema {

    private final Map<String, Column<?>> columns;
    private final List<Column<?>> key;
    private final List<RowCheck> rowChecks;

    public Schema(List<Column<?>> columns, List<Column<?>> key, List<RowCheck> rowChecks) {
        this.columns = new LinkedHashMap<>();
        columns.forEach(column -> this.columns.put(column.name(), column));
        this.key = List.copyOf(key);
        this.rowChecks = List.copyOf(rowChecks);
    }

    public Optional<Column<?>> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    public List<String> requiredNames() {
        return columns.values().stream().filter(Column::isRequired).map(Column::name).toList();
    }

    /** The column names, for messages: « a », « b », ... */
    public String describe() {
        return columns.keySet().stream().collect(Collectors.joining(", "));
    }

    /** The key columns' names joined by {@code +}, as the column of a duplicate-key rejection. */
    public String keyName() {
        return key.stream().map(Column::name).collect(Collectors.joining("+"));
    }

    /**
     * Reads one record's cells (column name to text; a column the file lacks is absent).
     * Every cell is checked so the report names all the problems of the row at once; the row
     * rules run only when every cell is valid.
     */
    public Validated validate(int line, Map<String, String> cells) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>(0);
        for (Column<?> column : columns.values()) {
            String cell = cells.get(column.name());
            if (cell == null && !column.isRequired()) {
                continue;
            }
            try {
                values.put(column.name(), column.read(cell));
            } catch (Invalid invalid) {
                problems.add(invalid.at(column.name(), cell));
            }
        }
        String keyValue = keyOf(values);
        if (!problems.isEmpty()) {
            return new Validated(null, keyValue, problems);
        }
        Row row = new Row(line, values);
        for (RowCheck check : rowChecks) {
            check.check(row).ifPresent(problems::add);
        }
        return problems.isEmpty() ? new Validated(row, keyValue, List.of()) : new Validated(null, keyValue, problems);
    }

    private String keyOf(Map<String, Object> values) {
        StringBuilder text = new StringBuilder();
        for (Column<?> column : key) {
            Object value = values.get(column.name());
            if (value == null) {
                return null;
            }
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(value instanceof Enum<?> e ? e.name() : value);
        }
        return text.toString();
    }

    /**
     * @param row      the valid row, or {@code null} when there are problems
     * @param key      the natural key when its columns are valid (even if other cells are not), else {@code null}
     * @param problems what is wrong, in column order
     */
    public record Validated(Row row, String key, List<Problem> problems) {
    }
}
