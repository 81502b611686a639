package fr.spro.label.intake.schema;

import java.util.HashMap;
import java.util.Map;

import fr.spro.label.intake.RejectionCode;

/**
 * Thrown by a field type or a check when a value breaks its rule. Carries no stack trace: it is
 * an expected outcome of reading users' files, not a programming error.
 */
public final class Invalid extends Exception {

    private final RejectionCode code;
    private final Map<String, String> details;

    private Invalid(RejectionCode code, Map<String, String> details) {
        super(code.name(), null, false, false);
        this.code = code;
        this.details = details;
    }

    public static Invalid of(RejectionCode code) {
        return new Invalid(code, new HashMap<>());
    }

    public Invalid with(String key, Object detail) {
        details.put(key, String.valueOf(detail));
        return this;
    }

    public RejectionCode code() {
        return code;
    }

    Problem at(String column, String value) {
        return new Problem(code, column, value, details);
    }
}
