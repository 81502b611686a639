package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/** An officer creates, closes and reopens campaigns; each change is guarded and journaled. */
@IntegrationTest
@TestPropertySource(properties = "spring.application.name=backoffice-tests")
class CampaignWorkflowTests {

    @Autowired CampaignWorkflow workflow;
    @Autowired Campaigns campaigns;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;

    @BeforeEach
    void empty() {
        BackOfficeFixture.reset(mongo);
    }

    @Test
    void closesAnOpenCampaignAndJournalsWhoAndTheStatesBeforeAndAfter() {
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.OPEN));

        Campaign closed = workflow.close("2031", new Actor("officier-test", "192.0.2.1"));

        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(campaigns.find("2031")).get().extracting(Campaign::status).isEqualTo(CampaignStatus.CLOSED);
        assertThat(journal.latest(JournalAction.CAMPAIGN_CLOSE, 5)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("officier-test");
            assertThat(entry.subject()).isEqualTo("campagne 2031");
            assertThat(entry.before()).isEqualTo("OPEN");
            assertThat(entry.after()).isEqualTo("CLOSED");
            assertThat(entry.origin()).isEqualTo("192.0.2.1");
        });
    }

    @Test
    void refusesToCloseAClosedCampaignAndJournalsNothing() {
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.CLOSED));

        assertThatThrownBy(() -> workflow.close("2031", new Actor("officier-test", null)))
                .isInstanceOfSatisfying(CampaignRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(CampaignRefused.Code.CAMPAIGN_ALREADY_CLOSED);
                    assertThat(refused.getMessage()).isEqualTo("La campagne 2031 est déjà close.");
                });
        assertThat(journal.latest(JournalAction.CAMPAIGN_CLOSE, 5)).isEmpty();
    }

    @Test
    void reopensAClosedCampaignButNotAnOpenOne() {
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.CLOSED));

        assertThat(workflow.reopen("2031", new Actor("officier-test", null)).isOpen()).isTrue();
        assertThatThrownBy(() -> workflow.reopen("2031", new Actor("officier-test", null)))
                .isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.code()).isEqualTo(CampaignRefused.Code.CAMPAIGN_ALREADY_OPEN));
        assertThat(journal.latest(JournalAction.CAMPAIGN_REOPEN, 5)).extracting(JournalEntry::before, JournalEntry::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CLOSED", "OPEN"));
    }

    @Test
    void refusesAnUnknownCampaign() {
        assertThatThrownBy(() -> workflow.close("2099", new Actor("officier-test", null)))
                .isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.code()).isEqualTo(CampaignRefused.Code.UNKNOWN_CAMPAIGN));
    }

    @Test
    void createsACampaignWithItsDeadlineAndTheDefaultReferenceDate() {
        Campaign created = workflow.create(2032, LocalDate.of(2032, 11, 15), new Actor("officier-test", null));

        assertThat(campaigns.find("2032")).contains(created);
        assertThat(created.referenceDate()).isEqualTo(LocalDate.of(2032, 12, 31));
        assertThat(created.deadline()).isEqualTo(LocalDate.of(2032, 11, 15));
        assertThat(created.isOpen()).isTrue();
        assertThat(journal.latest(JournalAction.CAMPAIGN_CREATE, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).contains("2032-11-15"));
    }

    @Test
    void refusesToCreateACampaignTwiceOrWithADeadlineOutsideItsYears() {
        workflow.create(2032, LocalDate.of(2032, 11, 15), new Actor("officier-test", null));

        assertThatThrownBy(() -> workflow.create(2032, LocalDate.of(2032, 10, 1), new Actor("officier-test", null)))
                .isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.code()).isEqualTo(CampaignRefused.Code.CAMPAIGN_EXISTS));
        assertThatThrownBy(() -> workflow.create(2033, LocalDate.of(2031, 10, 1), new Actor("officier-test", null)))
                .isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.code()).isEqualTo(CampaignRefused.Code.BAD_DEADLINE));
        assertThatThrownBy(() -> workflow.create(1999, LocalDate.of(1999, 10, 1), new Actor("officier-test", null)))
                .isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.code()).isEqualTo(CampaignRefused.Code.BAD_CAMPAIGN));
        assertThat(campaigns.find("2033")).isEmpty();
    }
}
