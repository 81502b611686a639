package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.batch.JobRefused;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.security.Role;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.WebSliceSecurity;
import fr.spro.label.support.BackOfficeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The form launching a campaign's evaluation in the web layer alone: the campaign bound to {@link
 * LaunchForm}, required and existing, the job's refusals next to it, and where each outcome leads.
 * The jobs are a mock: EvaluationJobPageTests launches real ones.
 */
@WebMvcTest(EvaluationJobController.class)
@WebSliceSecurity
@Import(Texts.class)
class EvaluationJobControllerSliceTests {

    static final RequestPostProcessor OFFICER = SignedIn.as("officier-slice", Role.OFFICER, null);

    @Autowired MockMvc mvc;
    @Autowired Journal journal;
    @MockitoBean CampaignJobs jobs;
    @MockitoBean CurrentCampaign current;

    @BeforeEach
    void anOpenCampaign() {
        Campaign open = BackOfficeFixture.campaign(2031, CampaignStatus.OPEN);
        when(current.named("2031")).thenReturn(Optional.of(open));
        when(current.all()).thenReturn(List.of(open));
    }

    static FieldErrors errors(MvcResult refused) {
        return (FieldErrors) refused.getFlashMap().get("errors");
    }

    @Test
    void anExistingCampaignIsLaunchedJournaledAndItsJobFollowed() throws Exception {
        when(jobs.launch("2031", null)).thenReturn(42L);

        mvc.perform(post("/back-office/evaluations").param("campaign", "2031").with(csrf()).with(OFFICER))
                .andExpect(redirectedUrl("/back-office/evaluations/42"));

        verify(journal).record(new Actor("officier-slice", "127.0.0.1"), JournalAction.EVALUATION_LAUNCH, "campagne 2031", null, "traitement 42");
    }

    @Test
    void aMissingOrUnknownCampaignIsRefusedNextToTheCampaign() throws Exception {
        for (String campaign : new String[] {" ", "1999"}) {
            MvcResult refused = mvc.perform(post("/back-office/evaluations").param("campaign", campaign).with(csrf()).with(OFFICER))
                    .andExpect(redirectedUrl("/back-office/evaluations"))
                    .andReturn();

            assertThat(errors(refused).all()).as(campaign).containsOnly(Map.entry("campaign", "Choisissez une campagne existante."));
        }
        verify(jobs, never()).launch(anyString(), any());
    }

    @Test
    void aJobAlreadyRunningIsSaidNextToTheCampaignAndTheFormComesBackWithIt() throws Exception {
        JobRefused running = mock(JobRefused.class);
        when(running.code()).thenReturn(JobRefused.Code.JOB_ALREADY_RUNNING);
        when(jobs.launch("2031", null)).thenThrow(running);

        MvcResult refused = mvc.perform(post("/back-office/evaluations").param("campaign", "2031").with(csrf()).with(OFFICER))
                .andExpect(redirectedUrl("/back-office/evaluations"))
                .andReturn();
        String page = mvc.perform(get("/back-office/evaluations").with(OFFICER).with(Accounts.flash(refused)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"campaign-error\" class=\"field-error\">L&#39;évaluation de la campagne 2031 est déjà en cours");
    }

    @Test
    void aLaunchNeedsTheCsrfTokenAndAnOfficer() throws Exception {
        mvc.perform(post("/back-office/evaluations").param("campaign", "2031").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(post("/back-office/evaluations").param("campaign", "2031").with(csrf())
                .with(SignedIn.as("crefop-slice", Role.CREFOP, null))).andExpect(status().isForbidden());

        verify(jobs, never()).launch(anyString(), any());
    }
}
