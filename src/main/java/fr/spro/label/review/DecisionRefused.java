package fr.spro.label.review;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/**
 * A decision that cannot be taken, or an evaluation to decide on that does not exist, with a code
 * of {@link Code} and a French reason.
 */
public class DecisionRefused extends Refusal {

    /** Why a decision, or the evaluation it would be taken on, is refused. */
    public enum Code implements RefusalCode {
        NOT_EVALUATED(Kind.NOT_FOUND),
        /** The evaluation asked for (to read it) does not exist. */
        UNKNOWN_EVALUATION(Kind.NOT_FOUND),
        DECISION_REQUIRED(Kind.INVALID),
        UNKNOWN_DECISION(Kind.INVALID),
        UNKNOWN_FIELD(Kind.INVALID),
        JUSTIFICATION_TOO_LONG(Kind.INVALID),
        JUSTIFICATION_REQUIRED(Kind.UNPROCESSABLE),
        /** A grant within the waiting period after a refusal or a withdrawal ({@code reapplication.waiting-period}). */
        WAITING_PERIOD(Kind.CONFLICT),
        /** No decision of the campaign opened an action plan or corrective items to verify. */
        NO_PLAN_IN_FORCE(Kind.NOT_FOUND),
        STALE_EVALUATION(Kind.CONFLICT);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public DecisionRefused(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
