package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionRefused;
import fr.spro.label.review.Review;
import fr.spro.label.security.Role;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.WebSliceSecurity;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.StructureFixture;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The decision form of the review page in the web layer alone: how {@link DecisionForm} binds, the
 * rules it checks itself (a choice, the other decision named, the justification's longest length
 * from {@link Review}), the refusals of the review shown next to their field, and the redirects.
 * The review is a mock: DecisionFormTests runs the same form on the real store.
 */
@WebMvcTest(EvaluationDetailController.class)
@WebSliceSecurity
@Import(Texts.class)
class EvaluationDetailControllerSliceTests {

    static final String PAGE = "/back-office/revue/2031/ML-SLICE";
    static final String DECISION = PAGE + "/decision";
    static final String JUSTIFICATION = "Réunions territoriales annulées par l'animateur : absence non imputable";

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @MockitoBean EvaluationDetails details;
    @MockitoBean Review review;
    @MockitoBean AuditFiles auditFiles;

    @BeforeEach
    void anEvaluationProposingALabelUnderConditions() {
        Evaluation evaluation = BackOfficeFixture.evaluation("ML-SLICE", "2031", LabelDecision.LABELLISE_SOUS_CONDITIONS,
                Instant.parse("2031-05-06T09:00:00Z"), List.of());
        EvaluationDetail detail = new EvaluationDetail(StructureFixture.member("ML-SLICE", "Mission locale de la tranche", "39000",
                "Lons-le-Saunier", Territory.JURA, Network.MISSION_LOCALE), BackOfficeFixture.campaign(2031, CampaignStatus.OPEN),
                evaluation, null, BackOfficeFixture.submitted("ML-SLICE", "2031", Instant.parse("2031-05-01T09:00:00Z")),
                List.of(), List.of(), null);
        when(details.find(eq("2031"), eq("ML-SLICE"), any(Locale.class))).thenReturn(Optional.of(detail));
        when(details.find(eq("2031"), eq("INCONNUE"), any(Locale.class))).thenReturn(Optional.empty());
    }

    MockHttpServletRequestBuilder decide(String... parameters) {
        MockHttpServletRequestBuilder request = post(DECISION).with(csrf()).with(SignedIn.as("officier-slice", Role.OFFICER, null))
                .param("proposal", "LABELLISE_SOUS_CONDITIONS");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    static FieldErrors errors(MvcResult refused) {
        return (FieldErrors) refused.getFlashMap().get("errors");
    }

    void decided(LabelDecision decision) {
        when(review.decide(anyString(), anyString(), any(), any(), any(Actor.class), any())).thenReturn(new Decision(
                Decision.idOf("ML-SLICE", "2031"), "ML-SLICE", "2031", LabelDecision.LABELLISE_SOUS_CONDITIONS, decision, null,
                "officier-slice", LocalDate.now(clock), Instant.now(clock), null));
    }

    @Test
    void confirmingTheProposalAsksTheReviewToConfirmItAndSaysSo() throws Exception {
        decided(LabelDecision.LABELLISE_SOUS_CONDITIONS);

        mvc.perform(decide("choice", "confirm"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice",
                        "Décision enregistrée : Labellisé sous conditions. Le registre public et le certificat suivent."));

        verify(review).decide("ML-SLICE", "2031", null, null, new Actor("officier-slice", "127.0.0.1"), LocalDate.now(clock));
    }

    @Test
    void replacingTheProposalPassesTheOtherDecisionAndTheJustificationWithoutItsSurroundingBlanks() throws Exception {
        decided(LabelDecision.LABELLISE);

        mvc.perform(decide("choice", "other", "decision", " LABELLISE ", "justification", "  " + JUSTIFICATION + "\n"))
                .andExpect(redirectedUrl(PAGE));

        verify(review).decide("ML-SLICE", "2031", LabelDecision.LABELLISE, JUSTIFICATION, new Actor("officier-slice", "127.0.0.1"),
                LocalDate.now(clock));
    }

    @Test
    void withoutAChoiceNothingIsDecidedAndTheChoiceSaysWhyWithWhatWasTyped() throws Exception {
        MvcResult refused = mvc.perform(decide("justification", JUSTIFICATION))
                .andExpect(redirectedUrl(PAGE + "#decision"))
                .andExpect(flash().attribute("typedJustification", JUSTIFICATION))
                .andReturn();

        assertThat(errors(refused).all()).containsOnlyKeys("choice")
                .containsEntry("choice", "Choisissez : confirmer la proposition, ou prendre une autre décision.");
        verify(review, never()).decide(anyString(), anyString(), any(), any(), any(Actor.class), any());
    }

    @Test
    void aChoiceThatIsNeitherIsRefusedLikeNoChoice() throws Exception {
        MvcResult refused = mvc.perform(decide("choice", "peut-être")).andReturn();

        assertThat(errors(refused).get("choice")).isEqualTo("Choisissez : confirmer la proposition, ou prendre une autre décision.");
    }

    @Test
    void anotherDecisionMustBeNamedAndBeOneOfTheDecisions() throws Exception {
        for (String decision : new String[] {"", "LABEL_EN_OR"}) {
            MvcResult refused = mvc.perform(decide("choice", "other", "decision", decision, "justification", JUSTIFICATION))
                    .andExpect(redirectedUrl(PAGE + "#decision"))
                    .andExpect(flash().attribute("chosenChoice", "other"))
                    .andReturn();

            assertThat(errors(refused).all()).as(decision)
                    .containsOnly(java.util.Map.entry("decision", "Choisissez la décision qui remplace la proposition."));
        }
        verify(review, never()).decide(anyString(), anyString(), any(), any(), any(Actor.class), any());
    }

    @Test
    void aJustificationLongerThanTheReviewAllowsIsRefusedByTheFormInTheReadersLanguage() throws Exception {
        String tooLong = "x".repeat(Review.MAX_JUSTIFICATION + 1);

        MvcResult french = mvc.perform(decide("choice", "other", "decision", "LABELLISE", "justification", tooLong)).andReturn();
        MvcResult english = mvc.perform(decide("choice", "other", "decision", "LABELLISE", "justification", tooLong)
                .cookie(new Cookie("to-lang", "en"))).andReturn();

        assertThat(errors(french).get("justification")).isEqualTo("La justification dépasse " + Review.MAX_JUSTIFICATION + " caractères.");
        assertThat(errors(english).get("justification")).isEqualTo("The justification is longer than " + Review.MAX_JUSTIFICATION
                + " characters.");
        verify(review, never()).decide(anyString(), anyString(), any(), any(), any(Actor.class), any());
    }

    @Test
    void aConfirmationOfAProposalThatChangedSinceThePageWasShownIsNotSent() throws Exception {
        MvcResult refused = mvc.perform(post(DECISION).with(csrf()).with(SignedIn.as("officier-slice", Role.OFFICER, null))
                .param("proposal", "LABELLISE").param("choice", "confirm")).andReturn();

        assertThat(errors(refused).get("choice")).startsWith("La proposition a changé depuis l'affichage de la page");
        verify(review, never()).decide(anyString(), anyString(), any(), any(), any(Actor.class), any());
    }

    @Test
    void theReviewsRefusalIsShownNextToTheJustification() throws Exception {
        when(review.decide(anyString(), anyString(), any(), any(), any(Actor.class), any()))
                .thenThrow(new DecisionRefused(DecisionRefused.Code.JUSTIFICATION_REQUIRED, "justification requise"));

        MvcResult refused = mvc.perform(decide("choice", "other", "decision", "LABELLISE", "justification", "Trop court"))
                .andExpect(redirectedUrl(PAGE + "#decision"))
                .andExpect(flash().attribute("chosenDecision", "LABELLISE"))
                .andReturn();

        assertThat(errors(refused).all()).containsOnly(java.util.Map.entry("justification",
                "Remplacer la proposition par une autre décision demande une justification écrite de 20 caractères au moins."));
    }

    @Test
    void theRefusedFormComesBackOnTheReviewPageWithTheMessageNextToItsField() throws Exception {
        MvcResult refused = mvc.perform(decide("choice", "other", "decision", "", "justification", JUSTIFICATION)).andReturn();

        String page = mvc.perform(get(PAGE).with(SignedIn.as("officier-slice", Role.OFFICER, null)).with(Accounts.flash(refused)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"decision-error\" class=\"field-error\">Choisissez la décision qui remplace la proposition.</p>",
                "Réunions territoriales annulées par l&#39;animateur").doesNotContain("id=\"choice-error\"");
    }

    @Test
    void anEvaluationThatDoesNotExistIsNotFoundWhateverTheForm() throws Exception {
        mvc.perform(post("/back-office/revue/2031/INCONNUE/decision").with(csrf()).with(SignedIn.as("officier-slice", Role.OFFICER, null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDecisionWithoutTheCsrfTokenOrFromTheCrefopIsForbidden() throws Exception {
        mvc.perform(post(DECISION).with(SignedIn.as("officier-slice", Role.OFFICER, null)).param("choice", "confirm"))
                .andExpect(status().isForbidden());
        mvc.perform(post(DECISION).with(csrf()).with(SignedIn.as("crefop-slice", Role.CREFOP, null)).param("choice", "confirm"))
                .andExpect(status().isForbidden());

        verify(review, never()).decide(anyString(), anyString(), any(), any(), any(Actor.class), any());
    }
}
