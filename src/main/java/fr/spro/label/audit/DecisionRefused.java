package fr.spro.label.audit;

/** A decision that cannot be taken, with a stable code and a French reason. */
public class DecisionRefused extends RuntimeException {

    private final String code;

    public DecisionRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
