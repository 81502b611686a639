package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The self-assessments' bounded reads: summaries of a page of structures, and whose answers name a file. */
@IntegrationTest
class SelfAssessmentSummariesTests {

    static final Instant SUBMITTED = Instant.parse("2031-04-01T08:00:00Z");
    static final String OWN_FILE = "a".repeat(64);
    static final String OTHER_FILE = "b".repeat(64);

    @Autowired SelfAssessmentQueries queries;
    @Autowired SelfAssessments assessments;

    @BeforeEach
    void threeSelfAssessments() {
        assessments.deleteAll();
        assessments.saveAll(List.of(submitted("ML-A", "2031", OWN_FILE), submitted("ML-A", "2030", null),
                submitted("ML-B", "2031", OTHER_FILE)));
    }

    private static SelfAssessment submitted(String structureId, String campaign, String fileId) {
        List<EvidenceRef> evidence = fileId == null ? List.of()
                : List.of(EvidenceRef.file(fileId, "registre.pdf", "application/pdf", 1_000, fileId));
        return new SelfAssessment(SelfAssessment.idOf(structureId, campaign), structureId, campaign, AssessmentStatus.SUBMITTED,
                Map.of("accessibility_register", new Answer("true", null, evidence)), SUBMITTED, SUBMITTED);
    }

    @Test
    void summarisesThoseOfAPageOfStructuresForOneCampaignWithoutTheirAnswers() {
        List<SelfAssessment> summaries = queries.summariesOf("2031", List.of("ML-A", "ML-B", "ML-NONE"));
        assertThat(summaries).extracting(SelfAssessment::id).containsExactlyInAnyOrder("ML-A_2031", "ML-B_2031");
        assertThat(summaries).allSatisfy(summary -> {
            assertThat(summary.answers()).isEmpty();
            assertThat(summary.status()).isEqualTo(AssessmentStatus.SUBMITTED);
            assertThat(summary.submittedAt()).isEqualTo(SUBMITTED);
        });
        assertThat(queries.summariesOf("2031", List.of())).isEmpty();
    }

    @Test
    void tellsWhetherOneOfTheStructuresOwnAnswersNamesAFile() {
        assertThat(queries.namesEvidence("ML-A", OWN_FILE)).isTrue();
        assertThat(queries.namesEvidence("ML-A", OTHER_FILE)).isFalse();
        assertThat(queries.namesEvidence("ML-B", OTHER_FILE)).isTrue();
    }
}
