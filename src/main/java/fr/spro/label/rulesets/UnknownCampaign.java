package fr.spro.label.rulesets;

/** A what-if asked on a campaign that does not exist. */
class UnknownCampaign extends RuntimeException {

    UnknownCampaign(String campaign) {
        super("Campagne inconnue : « " + campaign + " »");
    }
}
