package fr.spro.label.assessment;

/**
 * A state change of a campaign or a self-assessment that is not allowed now, with a stable code
 * for machines and a French reason for people.
 */
public class TransitionRefused extends RuntimeException {

    private final String code;

    public TransitionRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
