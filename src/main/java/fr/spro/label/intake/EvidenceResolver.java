package fr.spro.label.intake;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.EvidenceRefused;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.intake.schema.Checks;

/**
 * Turns the evidence items of one file's answers into references: https links as they are,
 * file names through {@link EvidenceStore} from the {@link EvidenceSource}. Each distinct item
 * is resolved once per file, since many answers share the same few documents.
 */
final class EvidenceResolver {

    /** A plain file name: no folder, not hidden, no control character. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}.][^/\\\\:*?\"<>|\\p{Cntrl}]{0,254}");

    private final EvidenceStore store;
    private final EvidenceSource source;
    private final Map<String, Resolved> resolved = new HashMap<>();

    EvidenceResolver(EvidenceStore store, EvidenceSource source) {
        this.store = store;
        this.source = source;
    }

    /** The reference for one item, or why it is refused. */
    Resolved resolve(String item) {
        return resolved.computeIfAbsent(item, this::resolveOnce);
    }

    private Resolved resolveOnce(String item) {
        if (item.contains("://") || item.regionMatches(true, 0, "http", 0, 4) && item.contains(":")) {
            return Checks.isWebAddress(item, true) ? Resolved.of(EvidenceRef.link(item)) : Resolved.refused(RejectionCode.EVIDENCE_URL);
        }
        if (!FILE_NAME.matcher(item).matches()) {
            return Resolved.refused(RejectionCode.EVIDENCE_NAME);
        }
        Optional<EvidenceSource.EvidenceFile> file = source.find(item);
        if (file.isEmpty() || file.get().size() < 0) {
            return Resolved.refused(RejectionCode.EVIDENCE_NOT_FOUND);
        }
        Optional<EvidenceRefused.Code> bySize = EvidenceStore.checkSize(file.get().size());
        if (bySize.isPresent()) {
            return Resolved.refused(codeOf(bySize.get()));
        }
        try {
            return Resolved.of(store.store(item, file.get().read()));
        } catch (EvidenceRefused refused) {
            return Resolved.refused(codeOf(refused.code()));
        } catch (IOException unreadable) {
            return Resolved.refused(RejectionCode.EVIDENCE_NOT_FOUND);
        }
    }

    private static RejectionCode codeOf(EvidenceRefused.Code refusal) {
        return switch (refusal) {
            case EVIDENCE_EMPTY -> RejectionCode.EVIDENCE_EMPTY;
            case EVIDENCE_TOO_LARGE -> RejectionCode.EVIDENCE_TOO_LARGE;
            case EVIDENCE_TYPE -> RejectionCode.EVIDENCE_TYPE;
        };
    }

    /** Either a reference or the code of its refusal. */
    record Resolved(EvidenceRef reference, RejectionCode refusal) {

        static Resolved of(EvidenceRef reference) {
            return new Resolved(reference, null);
        }

        static Resolved refused(RejectionCode code) {
            return new Resolved(null, code);
        }
    }
}
