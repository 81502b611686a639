package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.review.Decisions;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/** An officer reopens a submitted self-assessment, with a reason; the guard says why when it may not. */
@IntegrationTest
@TestPropertySource(properties = "spring.application.name=backoffice-tests")
class ReopenSelfAssessmentTests {

    static final Instant SUBMITTED = Instant.parse("2031-05-02T09:00:00Z");

    @Autowired SelfAssessmentWorkflow workflow;
    @Autowired SelfAssessments assessments;
    @Autowired Decisions decisions;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;

    @BeforeEach
    void aSubmittedSelfAssessmentInAnOpenCampaign() {
        BackOfficeFixture.reset(mongo);
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.OPEN));
        assessments.save(BackOfficeFixture.submitted("ML-TEST", "2031", SUBMITTED));
    }

    @Test
    void reopensItAsADraftKeepingTheAnswersAndJournalsTheReason() {
        SelfAssessment reopened = workflow.reopen("ML-TEST", "2031", new Actor("officier-test", null),
                "Registre d'accessibilité illisible");

        assertThat(reopened.status()).isEqualTo(AssessmentStatus.DRAFT);
        SelfAssessment stored = assessments.findByStructureIdAndCampaign("ML-TEST", "2031").orElseThrow();
        assertThat(stored.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(stored.submittedAt()).as("when the answers were last handed in").isNotNull();
        assertThat(stored.answers()).containsKeys("free_of_charge", "remote_channel");
        assertThat(journal.latest(JournalAction.SELF_ASSESSMENT_REOPENED, 5)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("officier-test");
            assertThat(entry.subject()).isEqualTo("ML-TEST/2031");
            assertThat(entry.before()).isEqualTo("SUBMITTED");
            assertThat(entry.after()).isEqualTo("DRAFT — Registre d'accessibilité illisible");
        });
    }

    @Test
    void refusesWithoutAReason() {
        assertThatThrownBy(() -> workflow.reopen("ML-TEST", "2031", new Actor("officier-test", null), "   "))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.REASON_REQUIRED));
        assertThat(assessments.findByStructureIdAndCampaign("ML-TEST", "2031")).get()
                .extracting(SelfAssessment::status).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void refusesADraftOrAMissingSelfAssessment() {
        workflow.reopen("ML-TEST", "2031", new Actor("officier-test", null), "Première réouverture");

        assertThatThrownBy(() -> workflow.reopen("ML-TEST", "2031", new Actor("officier-test", null), "Seconde réouverture"))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.NOT_SUBMITTED));
        assertThatThrownBy(() -> workflow.reopen("ML-AUTRE", "2031", new Actor("officier-test", null), "Pas d'auto-évaluation"))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.NOT_SUBMITTED));
        assertThat(journal.latest(JournalAction.SELF_ASSESSMENT_REOPENED, 5)).hasSize(1);
    }

    @Test
    void refusesInAClosedCampaign() {
        mongo.save(BackOfficeFixture.campaign(2031, CampaignStatus.CLOSED));

        assertThatThrownBy(() -> workflow.reopen("ML-TEST", "2031", new Actor("officier-test", null), "Correction tardive"))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.CAMPAIGN_CLOSED));
    }

    @Test
    void refusesOnceALabelDecisionIsConfirmed() {
        decisions.save(DecisionFixture.labelled("ML-TEST", "2031", LocalDate.of(2032, 3, 1)));

        assertThatThrownBy(() -> workflow.reopen("ML-TEST", "2031", new Actor("officier-test", null), "Correction après décision"))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.ALREADY_DECIDED));
        assertThat(assessments.findByStructureIdAndCampaign("ML-TEST", "2031")).get()
                .extracting(SelfAssessment::status).isEqualTo(AssessmentStatus.SUBMITTED);
    }
}
