package fr.spro.label.explanation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A structure's request for the explanation of one decision, with the explanation prepared at once
 * and frozen, and — once an officer sent it — when, by whom and with what note. One per decision:
 * its id is the decision's (structure, campaign) and the instant it was taken, so asking again for
 * the same decision finds this one, and a later decision on the same campaign can be asked about anew.
 *
 * @param decidedAt   when the decision explained was taken: which decision this is about
 * @param documentId  the PDF's document id in the documents' store
 */
@Document("explanation_requests")
@CompoundIndex(name = "status_due", def = "{'status': 1, 'dueOn': 1}")
record ExplanationRequest(
        @Id String id,
        String structureId,
        String campaign,
        String structureName,
        Instant decidedAt,
        String requestedBy,
        String message,
        LocalDate requestedOn,
        Instant requestedAt,
        LocalDate dueOn,
        Status status,
        FrozenExplanation explanation,
        String documentId,
        String pdfSha256,
        String sentBy,
        LocalDate sentOn,
        Instant sentAt,
        String note) {

    /** Where a request stands. */
    enum Status {
        /** Asked for and prepared, waiting for an officer to send it. */
        PENDING,
        /** Sent: the structure reads it in its space. */
        SENT
    }

    static String idOf(String structureId, String campaign, Instant decidedAt) {
        return structureId + "_" + campaign + "_" + (decidedAt == null ? 0 : decidedAt.toEpochMilli());
    }

    /** The same request with its PDF stored. */
    ExplanationRequest withDocument(String storedDocumentId, String sha256) {
        return new ExplanationRequest(id, structureId, campaign, structureName, decidedAt, requestedBy, message, requestedOn,
                requestedAt, dueOn, status, explanation, storedDocumentId, sha256, sentBy, sentOn, sentAt, note);
    }

    boolean isSent() {
        return status == Status.SENT;
    }
}
