package fr.spro.label.backoffice;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import org.springframework.stereotype.Component;

/** The campaign the back office shows when none is named: the latest open one, else the latest. */
@Component
class CurrentCampaign {

    private final Campaigns campaigns;

    CurrentCampaign(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    Optional<Campaign> find() {
        List<Campaign> all = campaigns.all();
        Comparator<Campaign> byYear = Comparator.comparingInt(Campaign::year);
        return all.stream().filter(Campaign::isOpen).max(byYear).or(() -> all.stream().max(byYear));
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
