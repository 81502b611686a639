package fr.spro.label.evaluation;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/** An action-plan answer that is not allowed, with a stable {@link Code} and a French reason. */
public class ActionItemRefused extends Refusal {

    /** Why an answer to an action-plan item is refused. */
    public enum Code implements RefusalCode {
        /** The item is marked done: it can no longer change. */
        ACTION_ITEM_DONE(Kind.CONFLICT),
        /** Marking an item done needs a response. */
        RESPONSE_REQUIRED(Kind.INVALID),
        RESPONSE_TOO_LONG(Kind.INVALID),
        /** No item of that criterion in the structure's plan for the campaign. */
        UNKNOWN_ACTION_ITEM(Kind.NOT_FOUND),
        /** Someone else changed the item in the meantime. */
        CONFLICT(Kind.CONFLICT),
        /** The officer lifted the item: it no longer changes. */
        ACTION_ITEM_LIFTED(Kind.CONFLICT),
        /** An item not lifted needs the reason the structure will read. */
        VERDICT_REQUIRED(Kind.INVALID);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        /** Whether the refusal is about the response typed (shown next to it) rather than about the item. */
        public boolean isAboutTheResponse() {
            return this == RESPONSE_REQUIRED || this == RESPONSE_TOO_LONG || this == VERDICT_REQUIRED;
        }
    }

    ActionItemRefused(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    static ActionItemRefused done(String criterion) {
        return new ActionItemRefused(Code.ACTION_ITEM_DONE, "L'action du critère " + criterion
                + " est déjà marquée comme réalisée : elle ne peut plus être modifiée.");
    }

    static ActionItemRefused responseRequired(String criterion) {
        return new ActionItemRefused(Code.RESPONSE_REQUIRED, "Décrivez ce qui a été fait pour le critère " + criterion
                + " avant de marquer l'action comme réalisée.");
    }

    static ActionItemRefused tooLong(int length) {
        return new ActionItemRefused(Code.RESPONSE_TOO_LONG, "La réponse compte " + length + " caractères pour "
                + ActionItem.MAX_RESPONSE_LENGTH + " au plus.");
    }

    static ActionItemRefused unknown(String structureId, String campaign, String criterion) {
        return new ActionItemRefused(Code.UNKNOWN_ACTION_ITEM, "Aucune action du critère " + criterion + " dans le plan d'actions "
                + campaign + " de « " + structureId + " ».");
    }

    static ActionItemRefused conflict(String criterion) {
        return new ActionItemRefused(Code.CONFLICT, "L'action du critère " + criterion
                + " a été modifiée entre-temps : rechargez la page avant de recommencer.");
    }

    static ActionItemRefused lifted(String criterion) {
        return new ActionItemRefused(Code.ACTION_ITEM_LIFTED, "L'action du critère " + criterion
                + " est déjà levée : elle ne peut plus être modifiée.");
    }

    static ActionItemRefused verdictRequired(String criterion) {
        return new ActionItemRefused(Code.VERDICT_REQUIRED, "Dites à la structure pourquoi l'action du critère " + criterion
                + " n'est pas levée (" + ActionItem.MIN_VERDICT_LENGTH + " caractères au moins) : elle lira ce motif pour y répondre.");
    }
}
