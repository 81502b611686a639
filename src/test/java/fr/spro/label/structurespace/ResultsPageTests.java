package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decisions;
import fr.spro.label.review.Review;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The results page: findings, proposal, decision, documents, and answers to the action plan in force. */
@StructureSpaceTest
class ResultsPageTests {

    static final String CAMPAIGN = SpaceFixture.CAMPAIGN;
    static final String RESULTS = "/mon-espace/resultats/" + CAMPAIGN;

    @Autowired WebApplicationContext context;
    @Autowired Evaluations evaluations;
    @Autowired CurrentEvaluations current;
    @Autowired Decisions decisions;
    @Autowired Review review;
    @Autowired Clock clock;
    Space space;

    @BeforeEach
    void evaluated() {
        space = Space.of(context, "ML-RESULTATS", "ml-resultats");
        decisions.deleteById(fr.spro.label.review.Decision.idOf(space.id(), CAMPAIGN));
        CurrentEvaluationFixture.saveCurrent(context, SpaceFixture.underConditions(space.id(), CAMPAIGN));
    }

    void decide(LabelDecision decision, String justification) {
        review.decide(space.id(), CAMPAIGN, decision, justification, new Actor("officier-test", "127.0.0.1"), LocalDate.now(clock));
    }

    ActionItem item(int index) {
        return evaluations.findById(Evaluation.idOf(space.id(), CAMPAIGN)).orElseThrow().actionPlan().get(index);
    }

    MockMultipartHttpServletRequestBuilder answer(String criterion) {
        MockMultipartHttpServletRequestBuilder post = multipart(RESULTS + "/actions/" + criterion);
        post.with(space.signedIn()).with(csrf());
        return post;
    }

    @Test
    void showsEveryFindingWithItsExplanationAndTheProposalWhileTheDecisionIsPending() throws Exception {
        space.mvc().perform(get("/mon-espace/resultats").with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Résultats de la campagne " + CAMPAIGN)))
                .andExpect(content().string(containsString("Participation à 2 réunions territoriales sur 4 (50 %) : seuil de conformité 75 %")))
                .andExpect(content().string(containsString("Participation à l&#39;animation territoriale")))
                .andExpect(content().string(containsString("Non-conformité mineure")))
                .andExpect(content().string(containsString("registre.pdf")))
                .andExpect(content().string(containsString("id=\"proposal\">Labellisé sous conditions")))
                .andExpect(content().string(containsString("En attente de la décision")))
                .andExpect(content().string(containsString("/mon-espace/documents/" + CAMPAIGN + "/audit.pdf")))
                .andExpect(content().string(containsString("/documents/audit/" + CAMPAIGN + "/" + space.id())))
                .andExpect(content().string(not(containsString("id=\"certificate\""))))
                .andExpect(content().string(not(containsString("id=\"action-plan\""))));
    }

    @Test
    void showsTheDecisionItsJustificationTheCertificateAndTheActionPlanOnceDecided() throws Exception {
        decide(LabelDecision.LABELLISE_SOUS_CONDITIONS, null);

        space.mvc().perform(get(RESULTS).with(space.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Labelled with conditions, decided on")))
                .andExpect(content().string(containsString("id=\"certificate\"")))
                .andExpect(content().string(containsString("id=\"action-NET-01\"")))
                .andExpect(content().string(containsString("Taking part in territorial coordination")));
    }

    @Test
    void servesTheAuditFileToTheBrowserSessionOfItsStructure() throws Exception {
        byte[] pdf = space.mvc().perform(get("/mon-espace/documents/" + CAMPAIGN + "/audit.pdf").with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        space.mvc().perform(get("/mon-espace/documents/2039/audit.pdf").with(space.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void recordsTheAnswerToAnActionItemThenMarksItDone() throws Exception {
        decide(LabelDecision.LABELLISE_SOUS_CONDITIONS, null);

        space.mvc().perform(answer("NET-01").param("response", "Inscrits aux 4 réunions de l'année")
                        .param("link", "https://www.exemple.fr/planning.pdf"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(RESULTS + "#action-NET-01"))
                .andExpect(flash().attribute("notice", "structurespace.action.saved"));
        assertThat(item(0).response()).isEqualTo("Inscrits aux 4 réunions de l'année");
        assertThat(item(0).evidence()).containsExactly("https://www.exemple.fr/planning.pdf");

        space.mvc().perform(answer("NET-01").param("response", "Présents aux 4 réunions").param("done", "true")
                        .file(new MockMultipartFile("file", "compte-rendu.pdf", "application/pdf",
                                new ClassPathResource("intake/cases/registre.pdf").getContentAsByteArray())))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "structurespace.action.done"));
        assertThat(item(0).status()).isEqualTo(ActionItem.ActionStatus.DONE);
        assertThat(item(0).evidence()).containsExactly("https://www.exemple.fr/planning.pdf", "compte-rendu.pdf");

        space.mvc().perform(answer("NET-01").param("response", "Changement"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refusal", "structurespace.refusal.ACTION_ITEM_DONE"));
        assertThat(item(0).response()).isEqualTo("Présents aux 4 réunions");
    }

    @Test
    void asksWhatWasDoneBeforeAnItemIsMarkedDoneAndRefusesBadEvidence() throws Exception {
        decide(LabelDecision.LABELLISE_SOUS_CONDITIONS, null);

        space.mvc().perform(answer("QUA-01").param("done", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"action-QUA-01-response-error\"")));
        space.mvc().perform(answer("QUA-01").param("response", "Enquête élargie").param("link", "ftp://exemple.fr/enquete.pdf")
                        .file(new MockMultipartFile("file", "enquete.pdf", "application/pdf",
                                new ClassPathResource("intake/cases/faux.pdf").getContentAsByteArray())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"action-QUA-01-link-error\"")))
                .andExpect(content().string(containsString("id=\"action-QUA-01-file-error\"")))
                .andExpect(content().string(containsString("Enquête élargie")));
        assertThat(item(1).response()).isNull();
        assertThat(item(1).status()).isEqualTo(ActionItem.ActionStatus.OPEN);
    }

    @Test
    void anActionPlanThatIsOnlyProposedCannotBeAnswered() throws Exception {
        space.mvc().perform(answer("NET-01").param("response", "Fait"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refusal", "structurespace.refusal.ACTION_PLAN_NOT_IN_FORCE"));

        decide(LabelDecision.AJOURNE, "Les écarts relevés demandent une nouvelle évaluation complète.");
        space.mvc().perform(answer("NET-01").param("response", "Fait"))
                .andExpect(flash().attribute("refusal", "structurespace.refusal.ACTION_PLAN_NOT_IN_FORCE"));
        space.mvc().perform(get(RESULTS).with(space.signedIn()))
                .andExpect(content().string(containsString("Les écarts relevés demandent une nouvelle évaluation complète.")));
    }

    @Test
    void aCampaignWithoutEvaluationAnswers404WithAMessage() throws Exception {
        space.mvc().perform(get("/mon-espace/resultats/2039").with(space.signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("pas d&#39;évaluation pour la campagne 2039")));
    }
}
