package fr.spro.label.registry;

/**
 * A registry search parameter that cannot be understood ({@link Code#BAD_PARAMETER}); the message is
 * French, for the caller; the parameter and its value are for the page that names them.
 */
public class BadRegistryParameter extends RegistryRefused {

    private final String parameter;
    private final String value;

    BadRegistryParameter(String parameter, String value, String reason) {
        super(Code.BAD_PARAMETER, "Paramètre « " + parameter + " » invalide (" + value + ") : " + reason);
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
