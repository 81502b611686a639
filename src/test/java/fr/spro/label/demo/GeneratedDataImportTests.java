package fr.spro.label.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.intake.InboxReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What {@code generate} writes is valid: an inbox run takes every row of it. */
@IntegrationTest
class GeneratedDataImportTests {

    @Autowired IntakeService intake;
    @Autowired Campaigns campaigns;
    @Autowired Structures structures;
    @Autowired ActivityReports activity;
    @Autowired SelfAssessments assessments;
    @Autowired MongoTemplate mongo;

    @TempDir Path inbox;

    @Test
    void aGeneratedDataSetImportsWithoutASingleRejection() throws Exception {
        structures.deleteAll();
        CampaignFixture.open(campaigns, 2026);
        new SyntheticDataSet(150, 2026, 11).writeTo(inbox);

        InboxReport report = intake.importInbox(inbox);

        assertThat(report.rejections()).isEmpty();
        assertThat(report.accepted()).isEqualTo(150 + 150 + 150 * 20);
        assertThat(structures.count()).isEqualTo(150);
        assertThat(activity.findAll()).filteredOn(a -> a.campaign().equals("2026")).hasSize(150);
        assertThat(assessments.findByCampaignAndStatus("2026", fr.spro.label.assessment.AssessmentStatus.SUBMITTED))
                .hasSize(150).allSatisfy(a -> assertThat(a.answers()).hasSize(20));
        assertThat(mongo.getCollection("evidence.files").countDocuments()).isLessThanOrEqualTo(4);
    }
}
