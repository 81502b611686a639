package fr.spro.label.batch;

import static fr.spro.label.support.DemoApi.crefop;
import static fr.spro.label.support.DemoApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.support.DemoApi;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Launching a campaign over HTTP and following it, as the back office's progress bar does. */
@IntegrationTest
@ActiveProfiles("demo")
class CampaignJobApiTests {

    @Autowired WebApplicationContext context;
    @Autowired CampaignJobs jobs;
    @Autowired Campaigns campaigns;
    @Autowired ObjectMapper json;
    MockMvc mvc;

    @BeforeEach
    void api() {
        mvc = DemoApi.mvc(context);
    }

    @Test
    void anOfficerLaunchesTheJobAndFollowsItToItsEnd() throws Exception {
        String launched = mvc.perform(post("/api/campaigns/2025/evaluations").with(officer()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.campaign").value("2025"))
                .andReturn().getResponse().getContentAsString();
        long jobId = json.readTree(launched).get("jobId").asLong();
        jobs.await(jobId, Duration.ofMillis(50));

        String progress = mvc.perform(get("/api/jobs/" + jobId).with(officer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode body = json.readTree(progress);
        assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("step").asString()).isEqualTo("registryRefresh");
        assertThat(body.get("total").asLong()).isEqualTo(CampaignJobFunctionalTests.EVALUATED_2025);
        assertThat(body.get("done").asLong()).isEqualTo(CampaignJobFunctionalTests.EVALUATED_2025);
        assertThat(body.has("read") && body.has("written") && body.has("skipped") && body.has("startTime") && body.has("endTime")).isTrue();

        mvc.perform(get("/api/jobs").with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].jobId").value(jobId));
    }

    @Test
    void aCampaignThatIsNotAYearIsABadRequest() throws Exception {
        mvc.perform(post("/api/campaigns/deux-mille/evaluations").with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_CAMPAIGN"));
    }

    @Test
    void aCampaignNeverOpenedIsNotFoundAndLaunchingDoesNotOpenIt() throws Exception {
        mvc.perform(post("/api/campaigns/1800/evaluations").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_CAMPAIGN"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("1800")));

        assertThat(campaigns.find("1800")).isEmpty();
    }

    @Test
    void anUnknownJobIsNotFound() throws Exception {
        mvc.perform(get("/api/jobs/987654").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_JOB"));
    }

    @Test
    void onlyOfficersLaunchOrFollowJobs() throws Exception {
        mvc.perform(post("/api/campaigns/2025/evaluations").with(crefop())).andExpect(status().isForbidden());
        mvc.perform(post("/api/campaigns/2025/evaluations").with(DemoApi.mlDijon())).andExpect(status().isForbidden());
        mvc.perform(post("/api/campaigns/2025/evaluations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/jobs/1").with(DemoApi.mlDijon())).andExpect(status().isForbidden());
    }
}
