package fr.spro.label.explanation;

import java.time.LocalDate;

import fr.spro.label.reporting.ExplanationSheet;

/**
 * A request as a page shows it: dates in words (and as dates, for {@code <time>}), where it stands,
 * and the explanation itself in the reader's language when the reader may see it.
 *
 * @param sheet {@code null} while the structure may not read it yet (not sent)
 */
record ExplanationPage(String structureId, String structureName, String campaign, String requestedBy, String message,
                       LocalDate requestedOn, String requestedOnText, LocalDate dueOn, String dueOnText, boolean overdue,
                       boolean sent, LocalDate sentOn, String sentOnText, String sentBy, String note, String documentId,
                       String pdfSha256, String preparedAtText, ExplanationSheet sheet) {
}
