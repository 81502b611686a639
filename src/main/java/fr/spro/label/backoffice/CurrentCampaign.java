package fr.spro.label.backoffice;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import org.springframework.stereotype.Component;

/**
 * The campaign the back office shows when none is named: the current one ({@link Campaigns#latestOpen},
 * as the structure space has it), else the latest when every campaign is closed.
 */
@Component
class CurrentCampaign {

    private final Campaigns campaigns;

    CurrentCampaign(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    Optional<Campaign> find() {
        return campaigns.latestOpen().or(() -> campaigns.all().stream().max(Comparator.comparingInt(Campaign::year)));
    }

    /** The named campaign, or the current one when the name is blank. */
    Optional<Campaign> named(String campaign) {
        return campaign == null || campaign.isBlank() ? find() : campaigns.find(campaign.strip());
    }

    /** Every campaign, the latest first, for the pickers. */
    List<Campaign> all() {
        return campaigns.all().stream().sorted(Comparator.comparingInt(Campaign::year).reversed()).toList();
    }
}
