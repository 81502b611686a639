package fr.spro.label.assessment;

/** A file {@link EvidenceStore} will not keep, with the reason. */
public class EvidenceRefusedException extends RuntimeException {

    private final EvidenceRefusal reason;

    public EvidenceRefusedException(EvidenceRefusal reason) {
        super(reason.message(), null, false, false);
        this.reason = reason;
    }

    public EvidenceRefusal reason() {
        return reason;
    }
}
