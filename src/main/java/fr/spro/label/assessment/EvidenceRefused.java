package fr.spro.label.assessment;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/** A file {@link EvidenceStore} will not keep, with a {@link Code} and a French reason. */
public class EvidenceRefused extends Refusal {

    /** Why a file is refused; each code has its French reason. */
    public enum Code implements RefusalCode {
        EVIDENCE_EMPTY("Le fichier est vide."),
        EVIDENCE_TOO_LARGE("Le fichier dépasse 10 Mo."),
        /** Neither a PDF nor a PNG or JPEG image, as its content says (never its name). */
        EVIDENCE_TYPE("Seuls les documents PDF et les images PNG ou JPEG sont acceptés.");

        private final String message;

        Code(String message) {
            this.message = message;
        }

        @Override
        public Kind kind() {
            return Kind.INVALID;
        }

        /** The French reason. */
        public String message() {
            return message;
        }
    }

    public EvidenceRefused(Code code) {
        super(code, code.message());
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
