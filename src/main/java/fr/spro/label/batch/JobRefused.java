package fr.spro.label.batch;

/** A launch that was refused, with a stable code and a French reason. */
public class JobRefused extends RuntimeException {

    private final String code;

    JobRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
