package fr.spro.label.refusal;

/**
 * A stable code of a refusal (its {@link #name()} is what the API and the journal show), with the
 * kind of mistake it is. Each module lists its codes in an enumeration implementing this.
 */
public interface RefusalCode {

    /** The code as the API's {@code code} field gives it, e.g. {@code STALE_EVALUATION}. */
    String name();

    Kind kind();

    /** What the caller did wrong; the HTTP status follows from it. */
    enum Kind {
        /** The thing named does not exist (404). */
        NOT_FOUND,
        /** The request is malformed: a missing or unknown field, a value of the wrong kind (400). */
        INVALID,
        /** The request is well formed but the rules refuse it (422). */
        UNPROCESSABLE,
        /** The request came too late or crossed another change: read again, then retry (409). */
        CONFLICT
    }
}
