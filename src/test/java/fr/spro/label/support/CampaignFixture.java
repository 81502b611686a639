package fr.spro.label.support;

import fr.spro.label.assessment.Campaigns;

/**
 * The campaigns a test's files name, opened before the import as an officer would: an import never
 * opens a campaign, and a row naming one that is not open is rejected ({@code UNKNOWN_CAMPAIGN}).
 */
public final class CampaignFixture {

    private CampaignFixture() {
    }

    /** Each campaign opened with its defaults when it is not yet (nothing journaled). */
    public static void open(Campaigns campaigns, int... years) {
        for (int year : years) {
            campaigns.ensure(year);
        }
    }
}
