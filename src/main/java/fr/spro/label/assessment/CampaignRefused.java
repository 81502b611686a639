package fr.spro.label.assessment;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/**
 * A campaign that cannot be opened, found, closed or reopened, with a {@link Code} and a French
 * reason. A {@link TransitionRefused}, so the back-office pages read it as they read the other
 * transitions; {@link #asRefusal()} gives the API's typed refusal, whose code decides the HTTP status.
 */
public class CampaignRefused extends TransitionRefused {

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

    private final Code reason;

    CampaignRefused(Code reason, String message) {
        super(reason.name(), message);
        this.reason = reason;
    }

    public Code reason() {
        return reason;
    }

    /** The same refusal as the API answers it. */
    public Refusal asRefusal() {
        return new Refusal(reason, getMessage());
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
