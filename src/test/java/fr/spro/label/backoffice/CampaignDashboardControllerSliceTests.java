package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.CampaignRefused;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.CampaignWorkflow;
import fr.spro.label.assessment.SelfAssessmentRefused;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.journal.Actor;
import fr.spro.label.security.Role;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.WebSliceSecurity;
import fr.spro.label.support.BackOfficeFixture;
import jakarta.servlet.http.Cookie;
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
 * The dashboard's forms in the web layer alone: opening a campaign ({@link NewCampaignForm}: a
 * year, a deadline that is a date) and reopening a self-assessment ({@link ReopeningForm}), their
 * errors next to their fields with what was typed, the workflows' refusals, and the redirects. The
 * workflows are mocks: CampaignDashboardTests runs the same forms on the real store.
 */
@WebMvcTest(CampaignDashboardController.class)
@WebSliceSecurity
@Import(Texts.class)
class CampaignDashboardControllerSliceTests {

    static final String CREATE = "/back-office/campagnes/nouvelle";
    static final String REOPEN = "/back-office/campagnes/2031/reouvertures";
    static final RequestPostProcessor OFFICER = SignedIn.as("officier-slice", Role.OFFICER, null);

    @Autowired MockMvc mvc;
    @MockitoBean CurrentCampaign current;
    @MockitoBean CampaignOverviews overviews;
    @MockitoBean CampaignWorkflow campaigns;
    @MockitoBean SelfAssessmentWorkflow assessments;

    @BeforeEach
    void anOpenCampaign() {
        Campaign open = BackOfficeFixture.campaign(2031, CampaignStatus.OPEN);
        when(current.named("2031")).thenReturn(Optional.of(open));
        when(current.find()).thenReturn(Optional.empty());
        when(current.all()).thenReturn(List.of(open));
    }

    static FieldErrors errors(MvcResult refused, String name) {
        return (FieldErrors) refused.getFlashMap().get(name);
    }

    @Test
    void aYearAndADateOpenTheCampaignAndLeadToItsDashboard() throws Exception {
        when(campaigns.create(anyInt(), any(), any(Actor.class))).thenReturn(BackOfficeFixture.campaign(2032, CampaignStatus.OPEN));

        mvc.perform(post(CREATE).with(csrf()).with(OFFICER).param("year", " 2032 ").param("deadline", "2032-06-30"))
                .andExpect(redirectedUrl("/back-office/campagnes/2032"))
                .andExpect(flash().attribute("notice", "La campagne 2032 est ouverte."));

        verify(campaigns).create(2032, LocalDate.of(2032, 6, 30), new Actor("officier-slice", "127.0.0.1"));
    }

    @Test
    void aYearThatIsNotFourDigitsAndAMissingDeadlineAreBothSaidWithWhatWasTyped() throws Exception {
        MvcResult refused = mvc.perform(post(CREATE).with(csrf()).with(OFFICER).param("year", "20x2").param("deadline", " "))
                .andExpect(redirectedUrl("/back-office#nouvelle-campagne"))
                .andExpect(flash().attribute("newYear", "20x2"))
                .andReturn();

        assertThat(errors(refused, "createErrors").all()).containsOnly(
                Map.entry("year", "Indiquez l'année de la campagne sur 4 chiffres, par exemple 2026."),
                Map.entry("deadline", "Indiquez la date limite de dépôt."));
        verify(campaigns, never()).create(anyInt(), any(), any(Actor.class));
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedByTheFormInTheReadersLanguage() throws Exception {
        MvcResult french = mvc.perform(post(CREATE).with(csrf()).with(OFFICER).param("year", "2032").param("deadline", "2032-02-30"))
                .andReturn();
        MvcResult english = mvc.perform(post(CREATE).with(csrf()).with(OFFICER).cookie(new Cookie("to-lang", "en"))
                .param("deadline", "bientôt")).andReturn();

        assertThat(errors(french, "createErrors").all()).containsOnly(
                Map.entry("deadline", "La date limite n'est pas une date valide : utilisez le format AAAA-MM-JJ."));
        assertThat(errors(english, "createErrors").all()).containsOnlyKeys("year", "deadline");
        assertThat(errors(english, "createErrors").get("year")).isEqualTo("Give the campaign year in 4 digits, for example 2026.");
        verify(campaigns, never()).create(anyInt(), any(), any(Actor.class));
    }

    @Test
    void aDeadlineTheWorkflowRefusesIsShownNextToTheDeadline() throws Exception {
        CampaignRefused badDeadline = campaignRefused(CampaignRefused.Code.BAD_DEADLINE, "date limite hors de l'année");
        when(campaigns.create(anyInt(), any(), any(Actor.class))).thenThrow(badDeadline);

        MvcResult refused = mvc.perform(post(CREATE).with(csrf()).with(OFFICER).param("year", "2032").param("deadline", "2040-01-01"))
                .andExpect(redirectedUrl("/back-office#nouvelle-campagne"))
                .andExpect(flash().attribute("newDeadline", "2040-01-01"))
                .andReturn();

        assertThat(errors(refused, "createErrors").all()).containsOnly(Map.entry("deadline",
                "La date limite de dépôt doit tomber dans l'année de la campagne 2032 ou au début de la suivante."));
    }

    @Test
    void theRefusedFormComesBackOnTheDashboardWithTheMessagesNextToTheirFields() throws Exception {
        MvcResult refused = mvc.perform(post(CREATE).with(csrf()).with(OFFICER).param("year", "20x2").param("deadline", "2032-06-30"))
                .andReturn();

        String page = mvc.perform(get("/back-office").with(OFFICER).with(Accounts.flash(refused)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"year-error\" class=\"field-error\">Indiquez l&#39;année de la campagne sur 4 chiffres",
                "value=\"20x2\"", "value=\"2032-06-30\"").doesNotContain("id=\"deadline-error\"");
    }

    @Test
    void reopeningAnAssessmentNeedsAStructure() throws Exception {
        MvcResult refused = mvc.perform(post(REOPEN).with(csrf()).with(OFFICER).param("reason", "Pièces manquantes"))
                .andExpect(redirectedUrl("/back-office/campagnes/2031#reouverture"))
                .andExpect(flash().attribute("reopenReason", "Pièces manquantes"))
                .andReturn();

        assertThat(errors(refused, "reopenErrors").all()).containsOnly(
                Map.entry("structureId", "Choisissez la structure dont vous rouvrez l'auto-évaluation."));
        verify(assessments, never()).reopen(anyString(), anyString(), any(Actor.class), any());
    }

    @Test
    void reopeningAnAssessmentPassesTheStructureAndTheReasonAndTheirRefusalGoesToTheReason() throws Exception {
        mvc.perform(post(REOPEN).with(csrf()).with(OFFICER).param("structureId", "ML-SLICE").param("reason", "Pièces manquantes"))
                .andExpect(redirectedUrl("/back-office/campagnes/2031"));
        verify(assessments).reopen("ML-SLICE", "2031", new Actor("officier-slice", "127.0.0.1"), "Pièces manquantes");

        SelfAssessmentRefused reasonRequired = assessmentRefused(SelfAssessmentRefused.Code.REASON_REQUIRED, "motif requis");
        when(assessments.reopen(anyString(), anyString(), any(Actor.class), any())).thenThrow(reasonRequired);
        MvcResult refused = mvc.perform(post(REOPEN).with(csrf()).with(OFFICER).param("structureId", "ML-SLICE"))
                .andExpect(redirectedUrl("/back-office/campagnes/2031#reouverture"))
                .andExpect(flash().attribute("reopenStructure", "ML-SLICE"))
                .andReturn();
        assertThat(errors(refused, "reopenErrors").all()).containsOnly(
                Map.entry("reason", "Indiquez pourquoi vous rouvrez cette auto-évaluation."));
    }

    @Test
    void anUnknownCampaignIsNotFoundAndTheFormsNeedTheCsrfTokenAndAnOfficer() throws Exception {
        mvc.perform(post("/back-office/campagnes/1999/reouvertures").with(csrf()).with(OFFICER).param("structureId", "ML-SLICE"))
                .andExpect(status().isNotFound());
        mvc.perform(post(CREATE).with(OFFICER).param("year", "2032").param("deadline", "2032-06-30"))
                .andExpect(status().isForbidden());
        mvc.perform(post(CREATE).with(csrf()).with(SignedIn.as("crefop-slice", Role.CREFOP, null))
                        .param("year", "2032").param("deadline", "2032-06-30"))
                .andExpect(status().isForbidden());

        verify(campaigns, never()).create(anyInt(), any(), any(Actor.class));
        verify(assessments, never()).reopen(anyString(), anyString(), any(Actor.class), any());
    }

    /** A refusal as the campaign service throws it (its constructors belong to its module). */
    private static CampaignRefused campaignRefused(CampaignRefused.Code code, String message) {
        CampaignRefused refused = mock(CampaignRefused.class);
        when(refused.code()).thenReturn(code);
        when(refused.getMessage()).thenReturn(message);
        return refused;
    }

    /** A refusal as the self-assessment service throws it. */
    private static SelfAssessmentRefused assessmentRefused(SelfAssessmentRefused.Code code, String message) {
        SelfAssessmentRefused refused = mock(SelfAssessmentRefused.class);
        when(refused.code()).thenReturn(code);
        when(refused.getMessage()).thenReturn(message);
        return refused;
    }
}
