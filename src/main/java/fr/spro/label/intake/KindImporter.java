package fr.spro.label.intake;

import java.util.List;

import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.Schema;

/**
 * What one kind of file needs beyond reading: its format, the checks that look at the database
 * (known structure, closed campaign, evidence files), and how accepted rows are written.
 *
 * @param <T> what is written for one accepted row
 */
interface KindImporter<T> {

    ImportKind kind();

    Schema schema();

    /** Turns rows valid in themselves into writes, or rejects them for reasons found elsewhere. */
    Resolution<T> resolve(List<Row> rows, EvidenceSource evidence);

    /**
     * Writes a chunk of accepted rows. Each row's write is atomic (one document operation);
     * the chunk as a whole need not be. Writing what is already stored changes nothing.
     */
    void write(List<Accepted<T>> chunk, WriteContext context);

    /** A row that passed every check, with what to write for it. */
    record Accepted<T>(int line, T write) {
    }

    /** A problem found for the row starting at that line. */
    record Rejected(int line, Problem problem) {
    }

    record Resolution<T>(List<Accepted<T>> accepted, List<Rejected> rejected) {
    }
}
