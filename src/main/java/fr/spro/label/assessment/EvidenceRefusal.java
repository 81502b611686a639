package fr.spro.label.assessment;

/** Why {@link EvidenceStore} refuses a file; the codes are stable, the messages French. */
public enum EvidenceRefusal {
    EMPTY("EVIDENCE_EMPTY", "Le fichier est vide."),
    TOO_LARGE("EVIDENCE_TOO_LARGE", "Le fichier dépasse 10 Mo."),
    UNSUPPORTED_TYPE("EVIDENCE_TYPE", "Seuls les documents PDF et les images PNG ou JPEG sont acceptés.");

    private final String code;
    private final String message;

    EvidenceRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
