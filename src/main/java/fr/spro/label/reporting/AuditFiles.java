package fr.spro.label.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Service;

/**
 * The audit files: one PDF per structure and campaign, stored in GridFS with its SHA-256, plus the
 * same content as a view for its HTML twin.
 *
 * <p>{@link #ensureFor} is what the campaign job calls for each evaluation written or changed: it
 * renders only when what the file would show differs from the stored one (evaluation, decision,
 * structure, referential wording or templates), so calling it again is cheap and changes nothing.
 * Calls for the same structure and campaign are serialised within the application; across
 * applications the store keeps one file per key whatever the interleaving.
 */
@Service
public class AuditFiles {

    /** Audit files are official documents of a French Region: they are written in French. */
    static final Locale DOCUMENT_LOCALE = Locale.FRENCH;
    private static final String KIND = "AUD";

    private final ReportData data;
    private final AuditViews views;
    private final AuditPdf pdf;
    private final DocumentStore store;
    private final ReportEngine engine;
    private final Wording words;
    private final Clock clock;
    private final Object[] locks = new Object[64];

    AuditFiles(ReportData data, AuditViews views, AuditPdf pdf, DocumentStore store, ReportEngine engine,
               Wording words, Clock clock) {
        this.data = data;
        this.views = views;
        this.pdf = pdf;
        this.store = store;
        this.engine = engine;
        this.words = words;
        this.clock = clock;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * The current audit file of the structure for the campaign, rendered and stored first when there is
     * none yet or when what it shows has changed.
     *
     * @throws ReportUnavailable when the structure, the campaign or the evaluation does not exist
     */
    public StoredDocument ensureFor(String structureId, String campaign) {
        String key = key(structureId, campaign);
        synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
            AuditView view = view(structureId, campaign, DOCUMENT_LOCALE);
            String digest = Digests.sha256(engine.templatesDigest() + "\n" + view);
            Optional<StoredDocument> current = store.current(key);
            if (current.isPresent() && digest.equals(current.get().renderedDigest())) {
                return current.get();
            }
            Instant now = Instant.now(clock);
            String documentId = DocumentIds.next(KIND, campaign, structureId);
            byte[] content = pdf.render(view, documentId, words.dateTime(now, DOCUMENT_LOCALE), DOCUMENT_LOCALE);
            return store.replace(new DocumentStore.Description(key, "AUDIT", structureId, campaign,
                    fileName(structureId, campaign), digest, documentId, now), content);
        }
    }

    /** The stored audit file, as it is (possibly older than the evaluation: see {@link #ensureFor}). */
    public Optional<StoredDocument> find(String structureId, String campaign) {
        return store.current(key(structureId, campaign));
    }

    public byte[] content(StoredDocument document) {
        try (InputStream in = open(document)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored bytes as a stream, to copy a large number of files without holding them in memory. */
    public InputStream open(StoredDocument document) {
        return store.open(document);
    }

    /** What the audit file shows, in the reader's language: the content of its HTML twin. */
    public AuditView view(String structureId, String campaign, Locale locale) {
        MemberStructure structure = data.structure(structureId);
        Campaign theCampaign = data.campaign(campaign);
        Evaluation evaluation = data.evaluation(structureId, campaign);
        Decision decision = data.decision(structureId, campaign).orElse(null);
        return views.of(structure, theCampaign, evaluation, decision, data.catalogue(), locale);
    }

    /** Renders the audit file without storing it. */
    byte[] render(String structureId, String campaign) {
        Instant now = Instant.now(clock);
        return pdf.render(view(structureId, campaign, DOCUMENT_LOCALE), DocumentIds.next(KIND, campaign, structureId),
                words.dateTime(now, DOCUMENT_LOCALE), DOCUMENT_LOCALE);
    }

    /** The file name of the audit file, as {@code evaluate --out} writes it. */
    public static String fileName(String structureId, String campaign) {
        return "audit-" + structureId + "-" + campaign + ".pdf";
    }

    private static String key(String structureId, String campaign) {
        return "audit/" + structureId + "/" + campaign;
    }
}
