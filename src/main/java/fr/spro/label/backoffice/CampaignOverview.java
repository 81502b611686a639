package fr.spro.label.backoffice;

import java.util.List;

import fr.spro.label.assessment.Campaign;

/**
 * The campaign dashboard: counts per territory and for the Region, the structures (members and
 * associated members) that have not submitted, and those an officer may reopen.
 */
record CampaignOverview(Campaign campaign, List<ProgressCounts> territories, ProgressCounts region,
                        List<StructureProgress> notSubmitted, List<StructureProgress> reopenable) {
}
