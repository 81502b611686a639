package fr.spro.label.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The PDFs of the explanations of decisions (CRPA R311-3-1-2), kept in the GridFS bucket of the
 * other documents with their SHA-256. Unlike an audit file, an explanation is frozen: each one is
 * rendered once, under a key of its own (its document id), and never replaced.
 */
@Service
public class ExplanationDocuments {

    /** Explanations are official documents of a French Region: the PDF is written in French. */
    public static final Locale DOCUMENT_LOCALE = AuditFiles.DOCUMENT_LOCALE;
    private static final String KIND = "EXP";

    private final ExplanationPdf pdf;
    private final DocumentStore store;
    private final ReportEngine engine;
    private final Wording words;
    private final Clock clock;

    ExplanationDocuments(ExplanationPdf pdf, DocumentStore store, ReportEngine engine, Wording words, Clock clock) {
        this.pdf = pdf;
        this.store = store;
        this.engine = engine;
        this.words = words;
        this.clock = clock;
    }

    /** Renders the sheet (written in {@link #DOCUMENT_LOCALE}) to PDF and stores it; returns the stored file. */
    public StoredDocument store(ExplanationSheet sheet) {
        Instant now = Instant.now(clock);
        String documentId = DocumentIds.next(KIND, sheet.campaign(), sheet.structureId());
        byte[] content = pdf.render(sheet, documentId, words.dateTime(now, DOCUMENT_LOCALE), DOCUMENT_LOCALE);
        String rendered = Digests.sha256(engine.templatesDigest() + "\n" + sheet);
        return store.replace(new DocumentStore.Description(key(documentId), "EXPLANATION", sheet.structureId(),
                sheet.campaign(), fileName(sheet.structureId(), sheet.campaign()), rendered, documentId, now), content);
    }

    /** The stored explanation with this document id. */
    public Optional<StoredDocument> find(String documentId) {
        return store.current(key(documentId));
    }

    public byte[] content(StoredDocument document) {
        try (InputStream in = store.open(document)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a download gets. */
    public static String fileName(String structureId, String campaign) {
        return "explication-" + structureId + "-" + campaign + ".pdf";
    }

    private static String key(String documentId) {
        return "explanation/" + documentId;
    }
}
