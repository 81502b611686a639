package fr.spro.label.backoffice;

/** A list filter with a value the page does not know: answered 400, naming the parameter. */
class BadFilter extends RuntimeException {

    private final String parameter;
    private final String value;

    BadFilter(String parameter, String value) {
        super("Valeur non reconnue pour « " + parameter + " » : " + value, null, false, false);
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }
}
