package fr.spro.label.evaluation;

/** An action-plan answer that is not allowed, with a stable code and a French reason. */
public class ActionItemRefused extends RuntimeException {

    private final String code;

    ActionItemRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ActionItemRefused done(String criterion) {
        return new ActionItemRefused("ACTION_ITEM_DONE", "L'action du critère " + criterion
                + " est déjà marquée comme réalisée : elle ne peut plus être modifiée.");
    }

    static ActionItemRefused responseRequired(String criterion) {
        return new ActionItemRefused("RESPONSE_REQUIRED", "Décrivez ce qui a été fait pour le critère " + criterion
                + " avant de marquer l'action comme réalisée.");
    }

    static ActionItemRefused tooLong(int length) {
        return new ActionItemRefused("RESPONSE_TOO_LONG", "La réponse compte " + length + " caractères pour "
                + ActionItem.MAX_RESPONSE_LENGTH + " au plus.");
    }

    static ActionItemRefused unknown(String structureId, String campaign, String criterion) {
        return new ActionItemRefused("UNKNOWN_ACTION_ITEM", "Aucune action du critère " + criterion + " dans le plan d'actions "
                + campaign + " de « " + structureId + " ».");
    }

    static ActionItemRefused conflict(String criterion) {
        return new ActionItemRefused("CONFLICT", "L'action du critère " + criterion
                + " a été modifiée entre-temps : rechargez la page avant de recommencer.");
    }
}
