package fr.spro.label.intake;

/**
 * Why one row (or a whole file) was not imported.
 *
 * @param file    the imported file's name
 * @param line    physical line where the record starts (header = 1; for JSON the line of the
 *                object's opening brace); 0 when the rejection concerns the file as a whole
 * @param column  the column (CSV header name or JSON field) at fault; for a surplus cell its
 *                1-based position; empty when no single column is at fault
 * @param value   the offending value as read, shortened when very long
 * @param code    stable machine code, see {@link RejectionCode}
 * @param message French sentence for the structure's staff
 */
public record Rejection(String file, int line, String column, String value, String code, String message) {
}
