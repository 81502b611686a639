package fr.spro.label.backoffice;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;

/**
 * The filters of the review queue, as the page's query string gives them: campaign, territory,
 * network, proposal, flagged re-evaluations only, decided or not. Empty means "any".
 *
 * @param decided {@code null} for any, else whether a decision was taken (and not flagged since)
 */
record ReviewFilter(String campaign, Territory territory, Network network, LabelDecision proposal, boolean flaggedOnly,
                    Boolean decided) {

    static final String YES = "yes";
    static final String NO = "no";

    static ReviewFilter parse(String campaign, String territory, String network, String proposal, String flagged, String decided) {
        return new ReviewFilter(campaign, constant("territory", territory, Territory::valueOf),
                constant("network", network, Network::valueOf), constant("proposal", proposal, LabelDecision::valueOf),
                yesOrNo("flagged", flagged, false) == Boolean.TRUE, yesOrNo("decided", decided, true));
    }

    /** The same filters for another campaign (the one shown when none was asked for). */
    ReviewFilter forCampaign(String campaignId) {
        return new ReviewFilter(campaignId, territory, network, proposal, flaggedOnly, decided);
    }

    public boolean filtered() {
        return territory != null || network != null || proposal != null || flaggedOnly || decided != null;
    }

    boolean keeps(ReviewRow row) {
        return (territory == null || territory == row.structure().territory())
                && (network == null || network == row.structure().network())
                && (proposal == null || proposal == row.evaluation().proposal())
                && (!flaggedOnly || row.evaluation().flagged())
                && (decided == null || decided == row.decided());
    }

    public String decidedParameter() {
        return decided == null ? "" : decided ? YES : NO;
    }

    private static <T> T constant(String parameter, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadFilter(parameter, value);
        }
    }

    private static Boolean yesOrNo(String parameter, String value, boolean noAllowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (Arrays.asList(YES, "true", "on").contains(v)) {
            return true;
        }
        if (noAllowed && Arrays.asList(NO, "false").contains(v)) {
            return false;
        }
        throw new BadFilter(parameter, value);
    }
}
