package fr.spro.label.reporting;

/**
 * A document that cannot be produced for what was asked: an unknown structure or campaign, a
 * structure not evaluated, a certificate without a granting decision. Carries a stable code for
 * machines and a French sentence for people.
 */
public class ReportUnavailable extends RuntimeException {

    /** Why; {@link #NOT_FOUND} reasons mean the thing asked for does not exist. */
    public enum Reason {
        STRUCTURE_NOT_FOUND, CAMPAIGN_NOT_FOUND, EVALUATION_NOT_FOUND, DECISION_NOT_FOUND, LABEL_NOT_GRANTED;

        public boolean isNotFound() {
            return this != LABEL_NOT_GRANTED;
        }
    }

    private final Reason reason;

    ReportUnavailable(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The stable code of the JSON error, e.g. {@code EVALUATION_NOT_FOUND}. */
    public String code() {
        return reason.name();
    }

    static ReportUnavailable structure(String structureId) {
        return new ReportUnavailable(Reason.STRUCTURE_NOT_FOUND, "Structure inconnue : « " + structureId + " »");
    }

    static ReportUnavailable campaign(String campaign) {
        return new ReportUnavailable(Reason.CAMPAIGN_NOT_FOUND, "Campagne inconnue : « " + campaign + " »");
    }

    static ReportUnavailable evaluation(String structureId, String campaign) {
        return new ReportUnavailable(Reason.EVALUATION_NOT_FOUND,
                "La structure « " + structureId + " » n'a pas été évaluée pour la campagne " + campaign);
    }

    static ReportUnavailable decision(String structureId, String campaign) {
        return new ReportUnavailable(Reason.DECISION_NOT_FOUND,
                "Aucune décision de label pour la structure « " + structureId + " » et la campagne " + campaign);
    }

    static ReportUnavailable notGranted(String structureId, String campaign, String decision) {
        return new ReportUnavailable(Reason.LABEL_NOT_GRANTED, "Pas de certificat : la décision de la campagne " + campaign
                + " pour « " + structureId + " » n'accorde pas le label (" + decision + ")");
    }
}
