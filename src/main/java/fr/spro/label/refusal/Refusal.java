package fr.spro.label.refusal;

/** An operation refused for a reason the caller can understand: a code and a French message. */
public class Refusal extends RuntimeException {

    private final transient RefusalCode code;

    public Refusal(RefusalCode code, String message) {
        super(message);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }
}
