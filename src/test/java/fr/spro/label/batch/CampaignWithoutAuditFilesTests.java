package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import fr.spro.label.demo.GeneratedData;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code campaign-job.audit-files=false}: the job evaluates without rendering, and no audit file is
 * lost — each evaluation stays marked, and a download renders its file.
 */
@IntegrationTest
@TestPropertySource(properties = "campaign-job.audit-files=false")
class CampaignWithoutAuditFilesTests {

    @Autowired CampaignJobs jobs;
    @Autowired IntakeService intake;
    @Autowired Campaigns campaigns;
    @Autowired CampaignStore store;
    @Autowired AuditFiles auditFiles;

    @TempDir
    Path inbox;

    @Test
    void evaluatesWithoutRenderingAndLeavesTheFilesPendingForTheirFirstDownload() throws Exception {
        CampaignFixture.open(campaigns, 2032);
        intake.importInbox(GeneratedData.write(40, 2032, 3, inbox));
        long eligible = store.eligible("2032");

        JobProgress done = jobs.await(jobs.launch("2032", null), Duration.ofMillis(50));

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(store.evaluations("2032")).isEqualTo(eligible).isPositive();
        assertThat(store.auditFiles("2032")).isZero();
        assertThat(store.pendingAudits("2032")).isEqualTo(eligible);

        String structure = store.someEligibleStructure("2032");
        assertThat(auditFiles.ensureFor(structure, "2032").fileName()).contains(structure);
        assertThat(store.auditFiles("2032")).isOne();
    }
}
