package fr.spro.label.assessment;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/**
 * A campaign that cannot be opened, found, closed or reopened, with a {@link Code} and a French
 * reason; the code's kind decides the API's HTTP status.
 */
public class CampaignRefused extends Refusal {

    /** Why a campaign operation is refused. */
    public enum Code implements RefusalCode {
        /** No campaign of that year was ever opened. */
        UNKNOWN_CAMPAIGN(Kind.NOT_FOUND),
        /** Not a year the application accepts as a campaign. */
        BAD_CAMPAIGN(Kind.INVALID),
        DEADLINE_REQUIRED(Kind.INVALID),
        /** A deadline that is not a date, or that falls outside the campaign's year and the next. */
        BAD_DEADLINE(Kind.INVALID),
        CAMPAIGN_EXISTS(Kind.CONFLICT),
        CAMPAIGN_ALREADY_CLOSED(Kind.CONFLICT),
        CAMPAIGN_ALREADY_OPEN(Kind.CONFLICT),
        /** Someone else changed the campaign in the meantime. */
        CAMPAIGN_CHANGED(Kind.CONFLICT);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    CampaignRefused(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    /** No campaign {@code campaign} was opened: nothing may name it until an officer or an operator opens it. */
    public static CampaignRefused unknown(String campaign) {
        return new CampaignRefused(Code.UNKNOWN_CAMPAIGN, "La campagne " + campaign + " n'existe pas : un agent de la Région"
                + " doit l'ouvrir (back-office, POST /api/campaigns ou commande open-campaign).");
    }

    static CampaignRefused badDeadline(String deadline) {
        return new CampaignRefused(Code.BAD_DEADLINE, "Date limite de dépôt invalide : « " + deadline
                + " » (format attendu AAAA-MM-JJ, par exemple 2026-10-31).");
    }

    static CampaignRefused badYear(String campaign) {
        return new CampaignRefused(Code.BAD_CAMPAIGN, "Campagne invalide : « " + (campaign == null ? "" : campaign)
                + " » (une année sur 4 chiffres est attendue, par exemple 2026).");
    }
}
