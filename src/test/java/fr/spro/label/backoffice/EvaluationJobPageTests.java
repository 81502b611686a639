package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.journal.Journal;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.BackOfficeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An officer launches a campaign's evaluation from the back office and follows it. */
@BackOfficeTest
class EvaluationJobPageTests {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired IntakeService intake;
    @Autowired Campaigns campaigns;
    @Autowired CampaignJobs jobs;
    @Autowired Journal journal;

    @BeforeEach
    void theDemoCampaignSubmitted() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
        DemoCampaign.importInto(campaigns, intake);
    }

    long launch() throws Exception {
        MvcResult launched = mvc.perform(post("/back-office/evaluations").param("campaign", DemoCampaign.CAMPAIGN).with(csrf())
                        .with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(redirectedUrlPattern("/back-office/evaluations/*"))
                .andReturn();
        String location = launched.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void launchesTheJobAndItsPageShowsTheEndStateWithABarAtItsMaximum() throws Exception {
        long jobId = launch();
        jobs.await(jobId, Duration.ofMillis(50));

        String page = mvc.perform(get("/back-office/evaluations/" + jobId).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<label for=\"job-progress\">Avancement de l&#39;évaluation</label>",
                "<progress id=\"job-progress\" max=\"60\" value=\"60\">60 sur 60</progress>",
                "aria-live=\"polite\"", "Terminé", "Structures évaluées : 60 sur 60", "Éléments rejetés : 0",
                "/js/backoffice-job.js", "data-running=\"false\"", "Voir la file de revue de la campagne 2025")
                .doesNotContain("id=\"job-refresh\"");
        assertThat(journal.latest("EVALUATION_LAUNCH", 5)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("traitement " + jobId));
    }

    @Test
    void theSessionRouteGivesTheSameProgressJsonAsTheApi() throws Exception {
        long jobId = launch();
        jobs.await(jobId, Duration.ofMillis(50));

        mvc.perform(get("/back-office/jobs/" + jobId).accept(MediaType.APPLICATION_JSON).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobId").value(jobId))
                .andExpect(jsonPath("$.campaign").value("2025"))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.step").value("registryRefresh"))
                .andExpect(jsonPath("$.total").value(DemoCampaign.SUBMITTED))
                .andExpect(jsonPath("$.done").value(DemoCampaign.SUBMITTED))
                .andExpect(jsonPath("$.skipped").value(0))
                .andExpect(jsonPath("$.endTime").isNotEmpty());
        mvc.perform(get("/back-office/jobs/987654").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_JOB"));
    }

    @Test
    void theHistoryListsTheRunsLatestFirst() throws Exception {
        long first = launch();
        jobs.await(first, Duration.ofMillis(50));
        long second = launch();
        jobs.await(second, Duration.ofMillis(50));

        String page = mvc.perform(get("/back-office/evaluations").with(as(accounts, AccountFixture.OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Traitement n° " + second)).isPositive().isLessThan(page.indexOf("Traitement n° " + first));
    }

    @Test
    void aCampaignThatDoesNotExistIsRefusedNextToTheField() throws Exception {
        MvcResult refused = mvc.perform(post("/back-office/evaluations").param("campaign", "1999").with(csrf())
                        .with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(redirectedUrl("/back-office/evaluations"))
                .andReturn();
        String page = mvc.perform(get("/back-office/evaluations").with(as(accounts, AccountFixture.OFFICER)).with(Accounts.flash(refused)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<p id=\"campaign-error\" class=\"field-error\">Choisissez une campagne existante.</p>");
    }

    @Test
    void anUnknownJobPageIsNotFoundAndTheJsonIsForOfficersOnly() throws Exception {
        mvc.perform(get("/back-office/evaluations/987654").with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/back-office/jobs/1").with(as(accounts, AccountFixture.CREFOP))).andExpect(status().isForbidden());
    }
}
