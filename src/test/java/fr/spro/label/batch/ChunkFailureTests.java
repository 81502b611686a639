package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.nio.file.Path;
import java.time.Duration;

import fr.spro.label.demo.GeneratedData;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A chunk that fails: the job fails, and running it again completes with exact counts. */
@IntegrationTest
class ChunkFailureTests {

    @MockitoSpyBean
    RuleEngine rules;

    @Autowired CampaignJobs jobs;
    @Autowired IntakeService intake;
    @Autowired Campaigns campaigns;
    @Autowired CampaignStore store;

    @TempDir
    Path inbox;

    @Test
    void aFailedChunkFailsTheJobAndTheRestartCompletesWithExactCounts() throws Exception {
        CampaignFixture.open(campaigns, 2031);
        intake.importInbox(GeneratedData.write(120, 2031, 7, inbox));
        long eligible = store.eligible("2031");
        String victim = store.someEligibleStructure("2031");
        doThrow(new IllegalStateException("panne simulée")).when(rules)
                .evaluate(argThat((EvaluationRequest r) -> r != null && r.structure().id().equals(victim)));

        JobProgress failed = jobs.await(jobs.launch("2031", null), Duration.ofMillis(50));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("panne simulée");
        assertThat(store.evaluations("2031")).isLessThan(eligible);

        doCallRealMethod().when(rules).evaluate(argThat((EvaluationRequest r) -> r != null));
        JobProgress resumed = jobs.await(jobs.launch("2031", null), Duration.ofMillis(50));

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.jobId()).as("the failed execution's instance is resumed, not a new run")
                .isNotEqualTo(failed.jobId());
        assertThat(store.instanceOf(resumed.jobId())).isEqualTo(store.instanceOf(failed.jobId()));
        assertThat(resumed.done()).isEqualTo(eligible);
        assertThat(store.evaluations("2031")).isEqualTo(eligible);
        assertThat(store.auditFiles("2031")).isEqualTo(eligible);
        assertThat(store.auditFileKeys("2031")).isEqualTo(eligible);
        assertThat(store.pendingAudits("2031")).isZero();
    }
}
