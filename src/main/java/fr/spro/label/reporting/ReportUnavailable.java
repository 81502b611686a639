package fr.spro.label.reporting;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/**
 * A document that cannot be produced for what was asked: an unknown structure or campaign, a
 * structure not evaluated, a certificate without a granting decision. Carries a stable code for
 * machines and a French sentence for people.
 */
public class ReportUnavailable extends Refusal {

    /** Why: the thing asked for does not exist, or the decision grants no certificate. */
    public enum Code implements RefusalCode {
        STRUCTURE_NOT_FOUND(Kind.NOT_FOUND),
        CAMPAIGN_NOT_FOUND(Kind.NOT_FOUND),
        EVALUATION_NOT_FOUND(Kind.NOT_FOUND),
        DECISION_NOT_FOUND(Kind.NOT_FOUND),
        LABEL_NOT_GRANTED(Kind.CONFLICT);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    ReportUnavailable(Code code, String message) {
        super(code, message);
    }

    /** The stable code of the JSON error, e.g. {@code EVALUATION_NOT_FOUND}. */
    @Override
    public Code code() {
        return (Code) super.code();
    }

    static ReportUnavailable structure(String structureId) {
        return new ReportUnavailable(Code.STRUCTURE_NOT_FOUND, "Structure inconnue : « " + structureId + " »");
    }

    static ReportUnavailable campaign(String campaign) {
        return new ReportUnavailable(Code.CAMPAIGN_NOT_FOUND, "Campagne inconnue : « " + campaign + " »");
    }

    static ReportUnavailable evaluation(String structureId, String campaign) {
        return new ReportUnavailable(Code.EVALUATION_NOT_FOUND,
                "La structure « " + structureId + " » n'a pas été évaluée pour la campagne " + campaign);
    }

    static ReportUnavailable decision(String structureId, String campaign) {
        return new ReportUnavailable(Code.DECISION_NOT_FOUND,
                "Aucune décision de label pour la structure « " + structureId + " » et la campagne " + campaign);
    }

    static ReportUnavailable notGranted(String structureId, String campaign, String decision) {
        return new ReportUnavailable(Code.LABEL_NOT_GRANTED, "Pas de certificat : la décision de la campagne " + campaign
                + " pour « " + structureId + " » n'accorde pas le label (" + decision + ")");
    }
}
