package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code POST /api/campaigns}: an officer opens a campaign from a script, as on the back office. */
@IntegrationTest
@AutoConfigureMockMvc
class CampaignApiTests {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;
    @Autowired Journal journal;

    @BeforeEach
    void no2026Campaign() {
        mongo.remove(Query.query(Criteria.where("_id").is("2026")), Campaign.class);
    }

    static RequestPostProcessor officer() {
        return user("officier-api").roles("OFFICER");
    }

    ResultActions open(String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body).with(who)
                .with(request -> {
                    request.setRemoteAddr("10.0.0.8");
                    return request;
                }));
    }

    @Test
    void anOfficerOpensACampaignWithItsDeadlineAndItIsJournaled() throws Exception {
        open("{ \"campaign\": \"2026\", \"deadline\": \"2026-10-31\" }", officer())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.campaign").value("2026"))
                .andExpect(jsonPath("$.deadline").value("2026-10-31"))
                .andExpect(jsonPath("$.referenceDate").value("2026-12-31"))
                .andExpect(jsonPath("$.status").value("OPEN"));

        assertThat(campaigns.find("2026")).get().satisfies(c -> {
            assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(c.isOpen()).isTrue();
        });
        assertThat(journal.latest(JournalAction.CAMPAIGN_CREATE, 10)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("officier-api");
            assertThat(entry.subject()).isEqualTo("campagne 2026");
            assertThat(entry.origin()).isEqualTo("10.0.0.8");
        });
    }

    @Test
    void openingACampaignThatExistsIsAConflict() throws Exception {
        open("{ \"campaign\": \"2026\", \"deadline\": \"2026-10-31\" }", officer()).andExpect(status().isCreated());

        open("{ \"campaign\": \"2026\", \"deadline\": \"2026-11-30\" }", officer())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CAMPAIGN_EXISTS"));
        assertThat(campaigns.find("2026")).get().extracting(Campaign::deadline).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void withoutADeadlineSelfAssessmentsAreDueOn31October() throws Exception {
        open("{ \"campaign\": \"2026\" }", officer()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline").value("2026-10-31"));
    }

    @Test
    void aMalformedYearOrDeadlineIsABadRequestAndOpensNothing() throws Exception {
        open("{ \"campaign\": \"deux-mille\", \"deadline\": \"2026-10-31\" }", officer())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD_CAMPAIGN"));
        open("{ \"campaign\": \"1800\", \"deadline\": \"1800-10-31\" }", officer())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD_CAMPAIGN"));
        open("{ \"campaign\": \"2026\", \"deadline\": \"31/10/2026\" }", officer())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD_DEADLINE"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("31/10/2026")));
        open("{ \"campaign\": \"2026\", \"deadline\": \"2031-10-31\" }", officer())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD_DEADLINE"));

        assertThat(campaigns.find("2026")).isEmpty();
        assertThat(campaigns.find("1800")).isEmpty();
    }

    @Test
    void onlyOfficersAndAdministratorsOpenCampaigns() throws Exception {
        open("{ \"campaign\": \"2026\" }", user("crefop-api").roles("CREFOP")).andExpect(status().isForbidden());
        open("{ \"campaign\": \"2026\" }", user("ml-api").roles("STRUCTURE")).andExpect(status().isForbidden());

        assertThat(campaigns.find("2026")).isEmpty();
    }
}
