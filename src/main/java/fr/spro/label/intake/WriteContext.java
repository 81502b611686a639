package fr.spro.label.intake;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import fr.spro.label.assessment.Campaigns;

/** What the writes of one file share: the import's instant and the campaigns already ensured. */
final class WriteContext {

    private final Instant now;
    private final Campaigns campaigns;
    private final Set<String> ensured = new HashSet<>();

    WriteContext(Instant now, Campaigns campaigns) {
        this.now = now;
        this.campaigns = campaigns;
    }

    Instant now() {
        return now;
    }

    /** Creates the campaign named by a row when it does not exist yet (once per file). */
    void ensureCampaign(String campaign) {
        if (ensured.add(campaign)) {
            campaigns.ensure(Integer.parseInt(campaign));
        }
    }
}
