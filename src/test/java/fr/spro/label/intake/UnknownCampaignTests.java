package fr.spro.label.intake;

import static fr.spro.label.support.IntakeFixtures.ACTIVITY_HEADER;
import static fr.spro.label.support.IntakeFixtures.ANSWERS_HEADER;
import static fr.spro.label.support.IntakeFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A file naming a campaign nobody opened: that row is rejected ({@code UNKNOWN_CAMPAIGN}), the
 * others are imported, and no campaign is created — so the current campaign stays the one the
 * Region opened last (issue 13: a row naming 2099 made 2099 everyone's current campaign).
 */
@IntegrationTest
class UnknownCampaignTests {

    static final String MESSAGE = "La campagne 2099 n'est pas ouverte : un agent de la Région doit l'ouvrir avant tout dépôt.";

    @Autowired IntakeService intake;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;
    @Autowired Structures structures;
    @Autowired Decisions decisions;
    @Autowired ActivityReports activity;
    @Autowired SelfAssessments assessments;

    @BeforeEach
    void campaigns2024And2025Open() {
        new StoredData(mongo).resetToBaseline(campaigns, structures, decisions);
    }

    @Test
    void anActivityRowNamingACampaignNeverOpenedIsRejectedWithItsLineAndTheOtherRowsAreImported() {
        ImportReport report = intake.importFile(ImportKind.ACTIVITY, "activite.csv",
                csv(ACTIVITY_HEADER, "ML-DIJON;2025;120;4;3", "CIO-CHENOVE;2099;80;4;4", "CIO-CHENOVE;2025;90;4;4"),
                EvidenceSource.none());

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejections()).extracting(Rejection::file, Rejection::line, Rejection::column, Rejection::value,
                Rejection::code, Rejection::message)
                .containsExactly(tuple("activite.csv", 3, "campaign", "2099", "UNKNOWN_CAMPAIGN", MESSAGE));
        assertThat(activity.findByStructureIdAndCampaign("ML-DIJON", "2025")).isPresent();
        assertThat(activity.findByStructureIdAndCampaign("CIO-CHENOVE", "2025")).isPresent();
        assertThat(activity.findByStructureIdAndCampaign("CIO-CHENOVE", "2099")).isEmpty();
        assertThat(campaigns.find("2099")).isEmpty();
    }

    @Test
    void aSelfAssessmentRowNamingACampaignNeverOpenedIsRejectedWithItsLineAndTheOtherRowsAreImported() {
        ImportReport report = intake.importFile(ImportKind.SELF_ASSESSMENT, "reponses.csv",
                csv(ANSWERS_HEADER, "CIO-CHENOVE;2099;free_of_charge;oui;;", "CIO-CHENOVE;2025;free_of_charge;oui;;"),
                EvidenceSource.none());

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejections()).extracting(Rejection::line, Rejection::column, Rejection::value, Rejection::code,
                Rejection::message)
                .containsExactly(tuple(2, "campaign", "2099", "UNKNOWN_CAMPAIGN", MESSAGE));
        assertThat(assessments.findByStructureIdAndCampaign("CIO-CHENOVE", "2025")).isPresent();
        assertThat(assessments.findByStructureIdAndCampaign("CIO-CHENOVE", "2099")).isEmpty();
        assertThat(campaigns.find("2099")).isEmpty();
    }

    @Test
    void theCurrentCampaignStaysTheLatestOpenedAfterARowNamingAnotherYearIsRejected() {
        intake.importFile(ImportKind.ACTIVITY, "activite.csv", csv(ACTIVITY_HEADER, "ML-DIJON;2099;120;4;3"), EvidenceSource.none());

        assertThat(campaigns.latestOpen()).map(Campaign::id).contains("2025");
        // A structure still uploads its own rows of the current campaign.
        ImportReport own = intake.importFile(ImportKind.ACTIVITY, "activite.csv", csv(ACTIVITY_HEADER, "ML-DIJON;2025;120;4;3"),
                EvidenceSource.none(), ImportScope.ownRows("ML-DIJON", campaigns.latestOpen().orElseThrow().id()));
        assertThat(own.rejections()).isEmpty();
        assertThat(own.accepted()).isOne();
    }
}
