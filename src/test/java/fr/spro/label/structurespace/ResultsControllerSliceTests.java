package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import fr.spro.label.evaluation.ActionItemRefused;
import fr.spro.label.evaluation.ActionPlans;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.journal.Actor;
import fr.spro.label.explanation.ExplanationQueries;
import fr.spro.label.security.Role;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.WebSliceSecurity;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.SpaceFixture;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The answer to one action-plan item, in the web layer alone: how the form binds, the link checked
 * by the form's rules, the response refused by the action plan shown next to its field, and where
 * each outcome leads. The action plans and the pages are mocks: ResultsPageTests runs the same
 * form on the real store.
 */
@WebMvcTest(ResultsController.class)
@WebSliceSecurity
class ResultsControllerSliceTests {

    static final String CAMPAIGN = "2040";
    static final String ANSWER = "/mon-espace/resultats/" + CAMPAIGN + "/actions/QUA-01";
    static final MemberStructure STRUCTURE = StructureFixture.member("ML-SLICE", "Mission locale de la tranche", "39000",
            "Lons-le-Saunier", Territory.JURA, Network.MISSION_LOCALE);

    @Autowired MockMvc mvc;
    @MockitoBean SignedInStructure signedIn;
    @MockitoBean ResultsPages pages;
    @MockitoBean ActionPlansInForce inForce;
    @MockitoBean ActionPlans actionPlans;
    @MockitoBean Uploads uploads;
    /** Mocked: it answers nothing, so the page shows no explanation section (ExplanationRequestTests shows it). */
    @MockitoBean ExplanationQueries explanations;

    @BeforeEach
    void aStructureWithAnActionPlanInForce() {
        when(signedIn.of(any())).thenReturn(STRUCTURE);
        when(inForce.inForce(STRUCTURE.id(), CAMPAIGN)).thenReturn(true);
        // the page as ResultsPages builds it from what it is given: the item answered shows what was typed and its errors
        when(pages.page(eq(STRUCTURE), eq(CAMPAIGN), any(), any(), any(), any())).thenAnswer(call -> {
            Evaluation evaluation = SpaceFixture.underConditions(STRUCTURE.id(), CAMPAIGN);
            String typedFor = call.getArgument(2);
            ActionAnswerForm typed = call.getArgument(3);
            Map<String, AssessmentPage.Message> errors = call.getArgument(4);
            List<ResultsPage.ActionLine> lines = evaluation.actionPlan().stream().map(item -> item.criterion().equals(typedFor)
                    ? new ResultsPage.ActionLine(item, item.criterion(), false, typed.response(), typed.link(), errors)
                    : new ResultsPage.ActionLine(item, item.criterion(), false, item.response(), null, Map.of())).toList();
            return new ResultsPage(STRUCTURE, List.of(CAMPAIGN), CAMPAIGN, evaluation, null, List.of(), null, true, lines);
        });
    }

    MockMultipartHttpServletRequestBuilder answer() {
        MockMultipartHttpServletRequestBuilder post = multipart(ANSWER);
        post.with(SignedIn.as("ml-slice", Role.STRUCTURE, STRUCTURE.id())).with(csrf());
        return post;
    }

    @Test
    void aResponseWithAnHttpsLinkIsRecordedAsTheFormSentItAndLeadsBackToTheItem() throws Exception {
        mvc.perform(answer().param("response", "Enquête élargie à 12 usagers").param("link", " https://www.exemple.fr/enquete.pdf ")
                        .param("done", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/mon-espace/resultats/" + CAMPAIGN + "#action-QUA-01"))
                .andExpect(flash().attribute("notice", "structurespace.action.done"));

        verify(actionPlans).answer(STRUCTURE.id(), CAMPAIGN, "QUA-01", "Enquête élargie à 12 usagers",
                List.of("https://www.exemple.fr/enquete.pdf"), true, new Actor("ml-slice", "127.0.0.1"));
    }

    @Test
    void aResponseAloneIsNotMarkedDone() throws Exception {
        mvc.perform(answer().param("response", "Questionnaire envoyé"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "structurespace.action.saved"));

        verify(actionPlans).answer(STRUCTURE.id(), CAMPAIGN, "QUA-01", "Questionnaire envoyé", List.of(), false, new Actor("ml-slice", "127.0.0.1"));
    }

    @Test
    void aLinkThatIsNotHttpsIsRefusedNextToItsFieldWithWhatWasTyped() throws Exception {
        mvc.perform(answer().param("response", "Enquête élargie").param("link", "ftp://exemple.fr/enquete.pdf"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name(ResultsController.VIEW))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"action-QUA-01-link-error\">"
                        + "Indiquez une adresse web complète commençant par https://")))
                .andExpect(content().string(containsString("value=\"ftp://exemple.fr/enquete.pdf\"")))
                .andExpect(content().string(containsString(">Enquête élargie</textarea>")))
                .andExpect(content().string(not(containsString("id=\"action-NET-01-link-error\""))));

        verify(actionPlans, never()).answer(anyString(), anyString(), anyString(), any(), anyList(), anyBoolean(), any(Actor.class));
    }

    @Test
    void theLinkMessageIsInEnglishForAnEnglishReader() throws Exception {
        mvc.perform(answer().param("link", "http://exemple.fr/enquete.pdf").cookie(new jakarta.servlet.http.Cookie("to-lang", "en")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"action-QUA-01-link-error\">Give a full web address starting with https://")));
    }

    @Test
    void aValueTheFormCannotReadIsRefusedInWordsNotWithTheConverterMessage() throws Exception {
        mvc.perform(answer().param("response", "Fait").param("done", "peut-être"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Valeur non reconnue : saisissez-la de nouveau.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));

        verify(actionPlans, never()).answer(anyString(), anyString(), anyString(), any(), anyList(), anyBoolean(), any(Actor.class));
    }

    @Test
    void aResponseTheActionPlanRefusesIsShownNextToTheResponse() throws Exception {
        ActionItemRefused refused = mock(ActionItemRefused.class);
        when(refused.code()).thenReturn(ActionItemRefused.Code.RESPONSE_REQUIRED);
        when(actionPlans.answer(anyString(), anyString(), anyString(), any(), anyList(), anyBoolean(), any(Actor.class)))
                .thenThrow(refused);

        mvc.perform(answer().param("done", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"action-QUA-01-response-error\">"
                        + "Décrivez ce qui a été fait avant de marquer l&#39;action comme réalisée.")));

        ArgumentCaptor<ActionAnswerForm> typed = ArgumentCaptor.forClass(ActionAnswerForm.class);
        verify(pages).page(eq(STRUCTURE), eq(CAMPAIGN), eq("QUA-01"), typed.capture(), any(), any());
        assertThat(typed.getValue().markDone()).isTrue();
    }

    @Test
    void anAnswerToAPlanNotInForceIsRefusedWithoutTouchingIt() throws Exception {
        when(inForce.inForce(STRUCTURE.id(), CAMPAIGN)).thenReturn(false);

        mvc.perform(answer().param("response", "Fait"))
                .andExpect(redirectedUrl("/mon-espace/resultats/" + CAMPAIGN))
                .andExpect(flash().attribute("refusal", "structurespace.refusal.ACTION_PLAN_NOT_IN_FORCE"));

        verify(actionPlans, never()).answer(anyString(), anyString(), anyString(), any(), anyList(), anyBoolean(), any(Actor.class));
    }

    @Test
    void anAnswerWithoutTheCsrfTokenOrFromAnOfficerIsForbidden() throws Exception {
        mvc.perform(multipart(ANSWER).with(SignedIn.as("ml-slice", Role.STRUCTURE, STRUCTURE.id())).param("response", "Fait"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(ANSWER).with(SignedIn.as("officier", Role.OFFICER, null)).with(csrf()).param("response", "Fait"))
                .andExpect(status().isForbidden());

        verify(actionPlans, never()).answer(anyString(), anyString(), anyString(), any(), anyList(), anyBoolean(), any(Actor.class));
    }
}
