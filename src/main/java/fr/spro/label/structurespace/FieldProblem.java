package fr.spro.label.structurespace;

import java.util.List;

/**
 * What is wrong with one field of a form: the field's id (the error is shown next to it and
 * linked from the page's error summary), a code translated through
 * {@code structurespace.error.<code>}, and the values its message names (as text: a count is
 * shown as typed, not grouped by thousands).
 */
record FieldProblem(String fieldId, String code, List<Object> args) {

    FieldProblem {
        args = List.copyOf(args);
    }

    static FieldProblem of(String fieldId, String code, Object... args) {
        return new FieldProblem(fieldId, code, List.of(args));
    }

    /** The id of the element holding the message, for {@code aria-describedby}. */
    String errorId() {
        return fieldId + "-error";
    }
}
