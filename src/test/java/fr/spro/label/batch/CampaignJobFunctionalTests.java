package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.activity.ActivityReports;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.registry.Registry;
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.support.IntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

/**
 * The campaign job on the demo data, which the demo loader has already taken through a year:
 * 2024 evaluated and decided, 2025 evaluated and awaiting review.
 */
@IntegrationTest
@ActiveProfiles("demo")
class CampaignJobFunctionalTests {

    /** 65 demo structures: 3 resource partners, and 2 members that did not submit in 2025. */
    static final int EVALUATED_2025 = 60;

    @Autowired CampaignJobs jobs;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;
    @Autowired ActivityReports activity;
    @Autowired AuditFiles auditFiles;
    @Autowired CrefopReport crefop;
    @Autowired Registry registry;
    @Autowired MongoTemplate mongo;

    @Test
    void completesOnTheDemoDataWithTheExpectedCounts() {
        List<Evaluation> evaluated = evaluations.findByCampaign("2025");
        assertThat(evaluated).hasSize(EVALUATED_2025);
        assertThat(evaluated).allSatisfy(e -> {
            assertThat(e.findings()).hasSize(28);
            assertThat(auditFiles.find(e.structureId(), "2025")).as("audit file of %s", e.structureId()).isPresent();
        });
        assertThat(evaluated).extracting(Evaluation::structureId)
                .doesNotContain("CREATIV-MACON", "AUTRE-ASSO-VESOUL", "AUTRE-EPIDE-AUXERRE", "ML-MONTBARD", "FT-CHATILLON-SUR-SEINE");
        assertThat(crefop.stored("2025")).isPresent();
        assertThat(registry.all()).isNotEmpty();
        JobProgress last = jobs.lastExecution("2025").map(jobs::toProgress).orElseThrow();
        assertThat(last.status()).isEqualTo("COMPLETED");
        assertThat(last.total()).isEqualTo(EVALUATED_2025);
        assertThat(last.done()).isEqualTo(EVALUATED_2025);
    }

    @Test
    void aSurveillanceCampaignSuspendsALabelledStructureWithAMajorNonConformity() {
        assertThat(decisions.findByStructureIdAndCampaign("APEC-DIJON", "2024"))
                .hasValueSatisfying(d -> assertThat(d.decision().grantsLabel()).isTrue());
        assertThat(evaluations.findByStructureIdAndCampaign("APEC-DIJON", "2025"))
                .hasValueSatisfying(e -> assertThat(e.proposal()).isEqualTo(LabelDecision.SUSPENDU));
    }

    @Test
    void rerunningACampaignWhoseInputsDidNotChangeChangesNoEvaluation() throws Exception {
        Map<Object, Document> before = snapshot("2025");
        JobProgress rerun = jobs.await(jobs.launch("2025", null), Duration.ofMillis(50));
        assertThat(rerun.status()).isEqualTo("COMPLETED");
        assertThat(rerun.written()).isZero();
        assertThat(rerun.unchanged()).isEqualTo(EVALUATED_2025);
        assertThat(snapshot("2025")).isEqualTo(before);
    }

    @Test
    void aRerunNeverChangesAConfirmedDecisionButFlagsAProposalThatDiffers() throws Exception {
        Decision confirmed = decisions.findByStructureIdAndCampaign("ML-BESANCON", "2024").orElseThrow();
        assertThat(confirmed.decision()).isEqualTo(LabelDecision.LABELLISE);
        ActivityReport report = activity.findByStructureIdAndCampaign("ML-BESANCON", "2024").orElseThrow();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(report.id())),
                org.springframework.data.mongodb.core.query.Update.update("firstAppointmentDelayDays", 45), ActivityReport.class);

        JobProgress rerun = jobs.await(jobs.launch("2024", null), Duration.ofMillis(50));

        assertThat(rerun.status()).isEqualTo("COMPLETED");
        assertThat(rerun.written()).isEqualTo(1);
        assertThat(decisions.findByStructureIdAndCampaign("ML-BESANCON", "2024")).contains(confirmed);
        assertThat(evaluations.findByStructureIdAndCampaign("ML-BESANCON", "2024")).hasValueSatisfying(e -> {
            // not labelled on 2024-12-31 (its label dates from 2025-03-14): a refusal, not a suspension
            assertThat(e.proposal()).isEqualTo(LabelDecision.REFUSE);
            assertThat(e.flagged()).isTrue();
        });
    }

    @Test
    void refusesASecondLaunchOfACampaignWhoseJobRuns() throws Exception {
        long first = jobs.launch("2024", null);
        try {
            assertThatThrownBy(() -> jobs.launch("2024", null))
                    .isInstanceOfSatisfying(JobRefused.class, refused -> assertThat(refused.code()).isEqualTo(JobRefused.Code.JOB_ALREADY_RUNNING))
                    .hasMessageContaining("déjà en cours");
        } finally {
            assertThat(jobs.await(first, Duration.ofMillis(50)).status()).isEqualTo("COMPLETED");
        }
        assertThat(jobs.await(jobs.launch("2024", null), Duration.ofMillis(50)).status())
                .as("the lease is handed back when the job ends").isEqualTo("COMPLETED");
    }

    @Test
    void refusesACampaignThatIsNotAYear() {
        assertThatThrownBy(() -> jobs.launch("20x5", null))
                .isInstanceOfSatisfying(JobRefused.class, refused -> assertThat(refused.code()).isEqualTo(JobRefused.Code.BAD_CAMPAIGN));
    }

    private Map<Object, Document> snapshot(String campaign) {
        return mongo.find(Query.query(Criteria.where("campaign").is(campaign)), Document.class, "evaluations").stream()
                .collect(Collectors.toMap(d -> d.get("_id"), Function.identity()));
    }
}
