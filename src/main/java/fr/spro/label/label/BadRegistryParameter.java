package fr.spro.label.label;

/** A registry search parameter that cannot be understood; the message is French, for the caller. */
public class BadRegistryParameter extends RuntimeException {

    public static final String CODE = "BAD_PARAMETER";

    private final String parameter;
    private final String value;

    BadRegistryParameter(String parameter, String value, String reason) {
        super("Paramètre « " + parameter + " » invalide (" + value + ") : " + reason);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
