package fr.spro.label.explanation;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/** A request for an explanation, or its sending, that cannot be done, with a code of {@link Code} and a French reason. */
class ExplanationRefused extends Refusal {

    /** Why an explanation cannot be asked for or sent. */
    enum Code implements RefusalCode {
        /** No decision was taken for this structure and campaign: there is nothing to explain yet. */
        NO_DECISION(Kind.NOT_FOUND),
        /** The decision has no evaluation to explain it from. */
        NOT_EVALUATED(Kind.NOT_FOUND),
        /** No explanation was asked for this decision. */
        NOT_REQUESTED(Kind.NOT_FOUND),
        MESSAGE_TOO_LONG(Kind.INVALID),
        NOTE_TOO_LONG(Kind.INVALID),
        /** The explanation was sent already (by another officer, in another tab). */
        ALREADY_SENT(Kind.CONFLICT);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    ExplanationRefused(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
