package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Draft → submitted → locked → reopened, stored and journaled, on the real store. */
@IntegrationTest
class SelfAssessmentWorkflowTests {

    static final String STRUCTURE = "WF-TRANSITIONS";
    static final String CAMPAIGN = SpaceFixture.CAMPAIGN;
    static final String CLOSED_CAMPAIGN = "2039";

    @Autowired SelfAssessmentWorkflow workflow;
    @Autowired Campaigns campaigns;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;

    @BeforeEach
    void campaigns() {
        SpaceFixture.openCampaign(campaigns);
        campaigns.save(campaigns.ensure(Integer.parseInt(CLOSED_CAMPAIGN)).withStatus(CampaignStatus.CLOSED));
        mongo.remove(Query.query(Criteria.where("structureId").is(STRUCTURE)), SelfAssessment.class);
    }

    JournalEntry lastJournaled(JournalAction action) {
        return journal.latest(action, 1).get(0);
    }

    @Test
    void aDraftIsSubmittedThenLockedThenReopenedByAnOfficer() {
        workflow.saveDraft(STRUCTURE, CAMPAIGN, SpaceFixture.allAnswered(), new Actor("ml-test", "192.0.2.1"));
        SelfAssessment submitted = workflow.submit(STRUCTURE, CAMPAIGN, new Actor("ml-test", "192.0.2.1"));

        assertThat(workflow.find(STRUCTURE, CAMPAIGN).orElseThrow().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(lastJournaled(JournalAction.SELF_ASSESSMENT_SUBMITTED)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("ml-test");
            assertThat(entry.subject()).isEqualTo(STRUCTURE + "/" + CAMPAIGN);
            assertThat(entry.before()).isEqualTo("DRAFT");
            assertThat(entry.after()).isEqualTo("SUBMITTED");
            assertThat(entry.origin()).isEqualTo("192.0.2.1");
        });
        assertThatThrownBy(() -> workflow.saveDraft(STRUCTURE, CAMPAIGN, Map.of(), new Actor("ml-test", "192.0.2.1")))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.LOCKED));

        workflow.reopen(STRUCTURE, CAMPAIGN, new Actor("officier-test", "192.0.2.9"), "Justificatif NEU-02 illisible");

        SelfAssessment reopened = workflow.find(STRUCTURE, CAMPAIGN).orElseThrow();
        assertThat(reopened.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(reopened.answers()).hasSize(20);
        assertThat(lastJournaled(JournalAction.SELF_ASSESSMENT_REOPENED)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("officier-test");
            assertThat(entry.before()).isEqualTo("SUBMITTED");
            assertThat(entry.after()).isEqualTo("DRAFT — Justificatif NEU-02 illisible");
        });
        workflow.saveDraft(STRUCTURE, CAMPAIGN, SpaceFixture.allAnsweredBut("psad_participation"), new Actor("ml-test", "192.0.2.1"));
        assertThat(workflow.find(STRUCTURE, CAMPAIGN).orElseThrow().answers()).hasSize(19);
    }

    @Test
    void submittingAnIncompleteDraftIsRefusedAndChangesNothing() {
        workflow.saveDraft(STRUCTURE, CAMPAIGN, SpaceFixture.allAnsweredBut("free_of_charge"), new Actor("ml-test", null));

        assertThatThrownBy(() -> workflow.submit(STRUCTURE, CAMPAIGN, new Actor("ml-test", null)))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.INCOMPLETE));
        assertThat(workflow.find(STRUCTURE, CAMPAIGN).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void submittingWithoutAnySavedAnswerIsRefused() {
        assertThatThrownBy(() -> workflow.submit(STRUCTURE, CAMPAIGN, new Actor("ml-test", null)))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.NOT_STARTED));
    }

    @Test
    void aClosedCampaignTakesNoDraftAndNoSubmission() {
        assertThatThrownBy(() -> workflow.saveDraft(STRUCTURE, CLOSED_CAMPAIGN, SpaceFixture.allAnswered(), new Actor("ml-test", null)))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.CAMPAIGN_CLOSED));
        assertThatThrownBy(() -> workflow.submit(STRUCTURE, CLOSED_CAMPAIGN, new Actor("ml-test", null)))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.CAMPAIGN_CLOSED));
        assertThatThrownBy(() -> workflow.saveDraft(STRUCTURE, "2099", SpaceFixture.allAnswered(), new Actor("ml-test", null)))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.UNKNOWN_CAMPAIGN));
        assertThat(workflow.find(STRUCTURE, CLOSED_CAMPAIGN)).isEmpty();
    }

    @Test
    void reopeningNeedsAReasonAndASubmittedSelfAssessment() {
        workflow.saveDraft(STRUCTURE, CAMPAIGN, SpaceFixture.allAnswered(), new Actor("ml-test", null));

        assertThatThrownBy(() -> workflow.reopen(STRUCTURE, CAMPAIGN, new Actor("officier-test", null), "  "))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.REASON_REQUIRED));
        assertThatThrownBy(() -> workflow.reopen(STRUCTURE, CAMPAIGN, new Actor("officier-test", null), "Pour voir"))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.NOT_SUBMITTED));
    }

    @Test
    void twoSubmissionsAtOnceSubmitOnceAndRefuseTheOther() throws Exception {
        for (int round = 0; round < 10; round++) {
            String structure = STRUCTURE + "-" + round;
            mongo.remove(Query.query(Criteria.where("structureId").is(structure)), SelfAssessment.class);
            workflow.saveDraft(structure, CAMPAIGN, SpaceFixture.allAnswered(), new Actor("ml-test", null));
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<String> submit = () -> {
                start.await();
                try {
                    workflow.submit(structure, CAMPAIGN, new Actor("ml-test", null));
                    return "OK";
                } catch (SelfAssessmentRefused refused) {
                    return refused.code().name();
                }
            };
            var pool = Executors.newFixedThreadPool(2);
            try {
                var outcomes = pool.invokeAll(List.of(submit, submit));
                List<String> codes = new ArrayList<>();
                for (var outcome : outcomes) {
                    codes.add(outcome.get());
                }
                assertThat(codes).as("round " + round).containsOnlyOnce("OK").containsAnyOf("LOCKED", "CONFLICT");
            } finally {
                pool.shutdownNow();
            }
            assertThat(journal.latest(JournalAction.SELF_ASSESSMENT_SUBMITTED, 50)).filteredOn(e -> e.subject().equals(structure + "/" + CAMPAIGN))
                    .hasSize(1);
        }
    }
}
