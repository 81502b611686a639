package fr.spro.label.intake.read;

import java.util.List;
import java.util.Map;

import fr.spro.label.intake.schema.Problem;

/**
 * One record as read, before validation: the line where it starts, its cells by column name
 * (a column the file lacks is absent), and the problems of its shape (wrong cell count, unknown
 * JSON field), which reject it before any cell is looked at.
 */
public record RawRecord(int line, Map<String, String> cells, List<Problem> problems) {
}
