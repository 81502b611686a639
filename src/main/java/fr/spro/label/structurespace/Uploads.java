package fr.spro.label.structurespace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.EvidenceRefused;
import fr.spro.label.assessment.EvidenceStore;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files sent from the forms of this space, kept through {@link EvidenceStore}: a PDF, PNG
 * or JPEG recognised by its content, of at most 10 MB. A file too large is refused on its size
 * before its bytes are read.
 */
@Component
class Uploads {

    /** The longest file name kept; longer ones are cut, keeping the extension. */
    static final int MAX_NAME_LENGTH = 120;

    private final EvidenceStore store;

    Uploads(EvidenceStore store) {
        this.store = store;
    }

    /** Whether the form field carries a file (an empty file input sends a part without a name). */
    static boolean sent(MultipartFile file) {
        return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    /** The stored file's reference, or the problem to show next to the field. */
    Result store(String fieldId, MultipartFile file) {
        Optional<EvidenceRefused.Code> bySize = EvidenceStore.checkSize(file.getSize());
        if (bySize.isPresent()) {
            return Result.refused(FieldProblem.of(fieldId, bySize.get().name()));
        }
        try {
            return Result.stored(store.store(fileName(file.getOriginalFilename()), file.getBytes()));
        } catch (EvidenceRefused refused) {
            return Result.refused(FieldProblem.of(fieldId, refused.code().name()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The name without any folder a browser may send, without control characters, not too long. */
    static String fileName(String original) {
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "justificatif";
        }
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        return name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
    }

    /** A stored file or why it was refused. */
    record Result(EvidenceRef reference, FieldProblem problem) {

        static Result stored(EvidenceRef reference) {
            return new Result(reference, null);
        }

        static Result refused(FieldProblem problem) {
            return new Result(null, problem);
        }
    }
}
