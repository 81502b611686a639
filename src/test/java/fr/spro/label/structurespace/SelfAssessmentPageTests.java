package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.Question;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The self-assessment form: drafts, field-level messages, evidence checks, submission and lock, CSRF. */
@StructureSpaceTest
class SelfAssessmentPageTests {

    static final String FORM = "/mon-espace/auto-evaluation";
    static final String CONFIRM = "/mon-espace/auto-evaluation/soumettre";

    @Autowired WebApplicationContext context;
    @Autowired SelfAssessmentWorkflow workflow;
    @Autowired MongoTemplate mongo;
    @Autowired Journal journal;
    Space space;

    @BeforeEach
    void structure() {
        space = Space.of(context, "ML-FORMULAIRE", "ml-formulaire");
        mongo.remove(Query.query(Criteria.where("structureId").is(space.id())), SelfAssessment.class);
    }

    SelfAssessment stored() {
        return workflow.find(space.id(), SpaceFixture.CAMPAIGN).orElseThrow();
    }

    MockMultipartHttpServletRequestBuilder form() {
        MockMultipartHttpServletRequestBuilder form = multipart(FORM);
        form.with(space.signedIn()).with(csrf());
        return form;
    }

    /** Every question answered yes (previous plan done), with a link where evidence is expected. */
    MockMultipartHttpServletRequestBuilder completeForm(String action, String... withoutLink) {
        MockMultipartHttpServletRequestBuilder form = form();
        for (Question question : Question.values()) {
            form.param("answers[" + question.code() + "]", question.isBoolean() ? "true" : "DONE");
        }
        SpaceFixture.EVIDENCED.stream().filter(code -> !Arrays.asList(withoutLink).contains(code))
                .forEach(code -> form.param("links[" + code + "]", "https://www.exemple.fr/" + code + ".pdf"));
        return (MockMultipartHttpServletRequestBuilder) form.param("action", action);
    }

    static byte[] resource(String path) throws Exception {
        return new ClassPathResource(path).getContentAsByteArray();
    }

    @Test
    void showsEveryQuestionGroupedByThemeWithItsCriterionTitleAndHelp() throws Exception {
        String page = space.mvc().perform(get(FORM).with(space.signedIn()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        for (Question question : Question.values()) {
            assertThat(page).contains("name=\"answers[" + question.code() + "]\"");
        }
        assertThat(page).contains("Égalité et simplicité d&#39;accès", "ACC-02", "Accessibilité aux personnes en situation de handicap",
                "Vos locaux sont-ils accessibles, avec un registre public d&#39;accessibilité ?", "Non commencée");
    }

    @Test
    void showsTheCriteriaInEnglishForAnEnglishReader() throws Exception {
        space.mvc().perform(get(FORM).param("lang", "en").with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accessibility for people with disabilities")))
                .andExpect(content().string(containsString("Save the draft")));
    }

    @Test
    void savesADraftAtAnyTimeWithWhateverIsAnswered() throws Exception {
        space.mvc().perform(form().param("answers[free_of_charge]", "true").param("comments[free_of_charge]", "  Accueil gratuit  ")
                        .param("action", "draft"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(FORM))
                .andExpect(flash().attribute("notice", "structurespace.assessment.saved"));

        SelfAssessment draft = stored();
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.answers()).containsOnlyKeys("free_of_charge");
        assertThat(draft.answers().get("free_of_charge").comment()).isEqualTo("Accueil gratuit");
        assertThat(journal.latest(JournalAction.SELF_ASSESSMENT_DRAFT, 5)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(space.username());
            assertThat(entry.subject()).isEqualTo(space.id() + "/" + SpaceFixture.CAMPAIGN);
        });
    }

    @Test
    void keepsAnUploadedPdfAndALinkAsEvidenceAndServesTheFileBackToItsStructure() throws Exception {
        byte[] pdf = resource("intake/cases/registre.pdf");
        space.mvc().perform(form().file(new MockMultipartFile("files[accessibility_register]", "registre.pdf", "application/pdf", pdf))
                        .param("answers[accessibility_register]", "true")
                        .param("links[confidentiality_rules]", "https://www.exemple.fr/charte.pdf")
                        .param("action", "draft"))
                .andExpect(status().isFound());

        var register = stored().answers().get("accessibility_register").evidence();
        assertThat(register).singleElement().satisfies(ref -> {
            assertThat(ref.fileName()).isEqualTo("registre.pdf");
            assertThat(ref.contentType()).isEqualTo("application/pdf");
        });
        assertThat(stored().answers().get("confidentiality_rules").evidence()).singleElement()
                .satisfies(ref -> assertThat(ref.url()).isEqualTo("https://www.exemple.fr/charte.pdf"));
        assertThat(stored().answers().get("confidentiality_rules").value()).isNull();

        byte[] served = space.mvc().perform(get("/mon-espace/justificatifs/" + register.get(0).fileId()).with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(pdf);
    }

    @Test
    void refusesATextFileNamedPdfWithAMessageNextToItsFieldAndKeepsTheRest() throws Exception {
        space.mvc().perform(form().file(new MockMultipartFile("files[referral_procedure]", "procedure.pdf", "application/pdf",
                                resource("intake/cases/faux.pdf")))
                        .param("answers[referral_procedure]", "true")
                        .param("action", "draft"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"file-referral_procedure-error\"")))
                .andExpect(content().string(containsString("ni un PDF, ni une image PNG ou JPEG")))
                .andExpect(content().string(containsString("aria-describedby=\"file-referral_procedure-hint file-referral_procedure-error\"")))
                .andExpect(content().string(containsString("href=\"#file-referral_procedure\"")));

        assertThat(stored().answers().get("referral_procedure").value()).isEqualTo("true");
        assertThat(stored().answers().get("referral_procedure").evidence()).isEmpty();
    }

    @Test
    void refusesAFileOverTenMegabytesAndAnEmptyFile() throws Exception {
        byte[] large = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), (int) EvidenceStore.MAX_SIZE + 1);
        space.mvc().perform(form().file(new MockMultipartFile("files[accessibility_register]", "gros.pdf", "application/pdf", large))
                        .file(new MockMultipartFile("files[confidentiality_rules]", "vide.pdf", "application/pdf", new byte[0]))
                        .param("action", "draft"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Le fichier dépasse 10 Mo")))
                .andExpect(content().string(containsString("Le fichier est vide")));

        assertThat(stored().answers()).doesNotContainKeys("accessibility_register", "confidentiality_rules");
    }

    @Test
    void refusesALinkThatIsNotHttpsAndShowsWhatWasTyped() throws Exception {
        space.mvc().perform(form().param("links[spro_identity_displayed]", "http://www.exemple.fr/photo.jpg").param("action", "draft"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"link-spro_identity_displayed-error\"")))
                .andExpect(content().string(containsString("value=\"http://www.exemple.fr/photo.jpg\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        assertThat(stored().answers()).doesNotContainKey("spro_identity_displayed");
    }

    @Test
    void refusesACommentLongerThanTheImportFormatAllows() throws Exception {
        space.mvc().perform(form().param("answers[free_of_charge]", "true").param("comments[free_of_charge]", "x".repeat(2001))
                        .param("action", "draft").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The comment has 2001 characters, 2000 at most.")));

        assertThat(stored().answers().get("free_of_charge").comment()).isNull();
        assertThat(stored().answers().get("free_of_charge").value()).isEqualTo("true");
    }

    @Test
    void refusesAnAnswerThatIsNotOneOfTheChoices() throws Exception {
        space.mvc().perform(form().param("answers[previous_action_plan]", "PEUT_ETRE").param("action", "draft"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"answer-previous_action_plan-error\"")));

        assertThat(stored().answers()).doesNotContainKey("previous_action_plan");
    }

    @Test
    void asksForEveryMissingAnswerBeforeTheConfirmationStep() throws Exception {
        space.mvc().perform(form().param("answers[free_of_charge]", "true").param("action", "review"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Le formulaire contient 19 erreurs")))
                .andExpect(content().string(containsString("id=\"answer-psad_participation-error\"")));

        assertThat(stored().status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void submitsOnlyAfterTheConfirmationStepThenLocksTheAnswers() throws Exception {
        space.mvc().perform(completeForm("review"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(CONFIRM));
        assertThat(stored().status()).isEqualTo(AssessmentStatus.DRAFT);

        space.mvc().perform(get(CONFIRM).with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer la soumission")));
        space.mvc().perform(post(CONFIRM).with(space.signedIn()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(FORM))
                .andExpect(flash().attribute("notice", "structurespace.assessment.submitted"));
        assertThat(stored().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(stored().submittedAt()).isNotNull();

        space.mvc().perform(get(FORM).with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assessment-locked\"")))
                .andExpect(content().string(not(containsString("name=\"answers["))));
        space.mvc().perform(form().param("answers[free_of_charge]", "false").param("action", "draft"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refusal", "structurespace.refusal.LOCKED"));
        assertThat(stored().answers().get("free_of_charge").value()).isEqualTo("true");
    }

    @Test
    void anOfficerReopeningTheAnswersMakesThemEditableAgain() throws Exception {
        workflow.saveDraft(space.id(), SpaceFixture.CAMPAIGN, SpaceFixture.allAnswered(), new Actor("test", "127.0.0.1"));
        workflow.submit(space.id(), SpaceFixture.CAMPAIGN, new Actor("test", "127.0.0.1"));
        workflow.reopen(space.id(), SpaceFixture.CAMPAIGN, new Actor("officier-test", "127.0.0.1"), "Réponse NEU-02 à corriger");

        space.mvc().perform(get(FORM).with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La Région a rouvert votre auto-évaluation")))
                .andExpect(content().string(containsString("name=\"answers[free_of_charge]\"")));
        space.mvc().perform(form().param("answers[free_of_charge]", "false").param("action", "draft"))
                .andExpect(status().isFound());
        assertThat(stored().answers().get("free_of_charge").value()).isEqualTo("false");
    }

    @Test
    void removesAStoredPieceOfEvidenceWhenAsked() throws Exception {
        workflow.saveDraft(space.id(), SpaceFixture.CAMPAIGN, SpaceFixture.allAnswered(), new Actor("test", "127.0.0.1"));
        MockMultipartHttpServletRequestBuilder form = completeForm("draft", "confidentiality_rules");
        form.param("removed", "confidentiality_rules:0");

        space.mvc().perform(form).andExpect(status().isFound());

        assertThat(stored().answers().get("confidentiality_rules").evidence()).isEmpty();
        assertThat(stored().answers().get("referral_procedure").evidence()).extracting(ref -> ref.url())
                .containsExactly("https://www.exemple.fr/justificatifs/referral_procedure.pdf", "https://www.exemple.fr/referral_procedure.pdf");
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
        MockMultipartHttpServletRequestBuilder noToken = multipart(FORM);
        noToken.with(space.signedIn());
        space.mvc().perform(noToken.param("answers[free_of_charge]", "true").param("action", "draft"))
                .andExpect(status().isForbidden());
        space.mvc().perform(post(CONFIRM).with(space.signedIn()))
                .andExpect(status().isForbidden());

        assertThat(workflow.find(space.id(), SpaceFixture.CAMPAIGN)).isEmpty();
    }
}
