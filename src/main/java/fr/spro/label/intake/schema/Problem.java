package fr.spro.label.intake.schema;

import java.util.HashMap;
import java.util.Map;

import fr.spro.label.intake.RejectionCode;

/**
 * One broken rule: the code, the column at fault, the value read, and the details its French
 * message names ({@code expected}, {@code min}, {@code max}, {@code detail}).
 */
public record Problem(RejectionCode code, String column, String value, Map<String, String> details) {

    public Problem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        details = Map.copyOf(details);
    }

    public static Problem of(RejectionCode code, String column, String value) {
        return new Problem(code, column, value, Map.of());
    }

    public Problem with(String key, Object detail) {
        Map<String, String> more = new HashMap<>(details);
        more.put(key, String.valueOf(detail));
        return new Problem(code, column, value, more);
    }
}
