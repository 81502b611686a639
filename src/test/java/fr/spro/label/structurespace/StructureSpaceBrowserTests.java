package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Question;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.review.Review;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.SpaceFixture;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The structure space in a real browser (Chromium), signed in through the sign-in page as a
 * structure would: every page, in French and in English, with and without field errors, passes
 * axe-core with no WCAG 2.1 A/AA violation; the self-assessment is filled with evidence (a PDF
 * and https links), submitted after the confirmation step and then read-only; the activity
 * report is typed and uploaded; an action-plan item is answered.
 */
@StructureSpaceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StructureSpaceBrowserTests {

    static final String STRUCTURE = "ML-NAVIGATEUR";
    static final String USERNAME = "ml-navigateur";
    static final String CAMPAIGN = SpaceFixture.CAMPAIGN;
    /** A past campaign the structure was evaluated and labelled under conditions for. */
    static final String PAST = "2039";

    @LocalServerPort int port;
    @Autowired Structures structures;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired Campaigns campaigns;
    @Autowired SelfAssessments assessments;
    @Autowired Evaluations evaluations;
    @Autowired CurrentEvaluations current;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Decisions decisions;
    @Autowired Review review;
    @Autowired Clock clock;

    Browser browser;
    Path pdf;

    @BeforeAll
    void signedInStructureWithAPastLabel() throws IOException {
        SpaceFixture.structureWithAccount(structures, accounts, encoder, STRUCTURE, USERNAME);
        SpaceFixture.openCampaign(campaigns);
        assessments.deleteById(SelfAssessment.idOf(STRUCTURE, CAMPAIGN));
        decisions.deleteById(Decision.idOf(STRUCTURE, PAST));
        CurrentEvaluationFixture.saveCurrent(context, SpaceFixture.underConditions(STRUCTURE, PAST));
        review.decide(STRUCTURE, PAST, LabelDecision.LABELLISE_SOUS_CONDITIONS, null, new Actor("officier-test", "127.0.0.1"),
                LocalDate.now(clock));
        pdf = Files.createTempFile("registre-accessibilite", ".pdf");
        Files.write(pdf, new ClassPathResource("intake/cases/registre.pdf").getContentAsByteArray());

        browser = Browser.open(port);
        browser.visit("/login?lang=fr").type("Identifiant", USERNAME).type("Mot de passe", AccountFixture.PASSWORD).press("Se connecter");
        assertThat(browser.currentPath()).startsWith("/mon-espace");
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(pdf);
    }

    static Stream<String> pages() {
        return Stream.of("/mon-espace", "/mon-espace/auto-evaluation", "/mon-espace/activite", "/mon-espace/resultats",
                        "/mon-espace/resultats/" + PAST, "/mon-espace/resultats/2038")
                .flatMap(path -> Stream.of(path + "?lang=fr", path + "?lang=en"));
    }

    /** Visits the page in both languages and checks each with axe-core; leaves the browser on the French one. */
    void assertAccessibleInBothLanguages(String path) {
        String separator = path.contains("?") ? "&" : "?";
        Axe.assertNoViolations(browser.visit(path + separator + "lang=en"));
        assertThat(browser.language()).isEqualTo("en");
        Axe.assertNoViolations(browser.visit(path + separator + "lang=fr"));
        assertThat(browser.language()).isEqualTo("fr");
    }

    void assertCurrentPageAccessible() {
        Axe.assertNoViolations(browser);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageOfTheSpaceHasNoWcag21AaViolation(String path) {
        Axe.assertNoViolations(browser.visit(path));
        assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
    }

    @Order(2)
    @Test
    void theDashboardShowsTheCampaignTheLabelAndTheOpenActionItems() {
        browser.visit("/mon-espace?lang=fr");

        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Non commencée");
        assertThat(browser.text(By.id("label-status"))).isNotBlank();
        assertThat(browser.text(By.id("open-actions"))).contains("NET-01").contains("Participer à au moins 3 réunions territoriales sur 4");
    }

    @Order(3)
    @Test
    void aLinkThatIsNotHttpsIsRefusedNextToItsFieldAccessibly() {
        browser.visit("/mon-espace/auto-evaluation?lang=fr");
        browser.find(By.id("answer-free_of_charge")).click();
        browser.find(By.id("link-referral_procedure")).sendKeys("http://www.exemple.fr/procedure.pdf");
        browser.press("Enregistrer le brouillon");

        assertThat(browser.find(By.id("link-referral_procedure")).getDomAttribute("aria-invalid")).isEqualTo("true");
        String errorId = browser.find(By.id("link-referral_procedure")).getDomAttribute("aria-describedby");
        assertThat(browser.text(By.id(errorId))).contains("https://");
        assertCurrentPageAccessible();
        assertThat(assessments.findById(SelfAssessment.idOf(STRUCTURE, CAMPAIGN)).orElseThrow().answers())
                .containsKey("free_of_charge").doesNotContainKey("referral_procedure");
    }

    @Order(3)
    @Test
    void aFileOverTenMegabytesIsRefusedAsSoonAsItIsChosenAndNeverSent() throws IOException {
        Path large = Files.createTempFile("trop-lourd", ".pdf");
        try {
            byte[] content = new byte[(int) fr.spro.label.assessment.EvidenceStore.MAX_SIZE + 1];
            System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
            Files.write(large, content);
            browser.visit("/mon-espace/auto-evaluation?lang=fr");
            browser.find(By.id("file-confidentiality_rules")).sendKeys(large.toAbsolutePath().toString());

            assertThat(browser.find(By.id("file-confidentiality_rules")).getDomProperty("value")).isEmpty();
            assertThat(browser.find(By.id("file-confidentiality_rules")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("file-confidentiality_rules")).getDomAttribute("aria-describedby"))
                    .contains("file-confidentiality_rules-size-error");
            assertThat(browser.text(By.id("file-confidentiality_rules-size-error"))).contains("10 Mo");
            assertCurrentPageAccessible();

            browser.find(By.id("file-confidentiality_rules")).sendKeys(pdf.toAbsolutePath().toString());
            assertThat(browser.driver().findElements(By.id("file-confidentiality_rules-size-error"))).isEmpty();
            assertThat(browser.find(By.id("file-confidentiality_rules")).getDomAttribute("aria-invalid")).isNull();
        } finally {
            Files.deleteIfExists(large);
        }
    }

    @Order(4)
    @Test
    void fillsTheSelfAssessmentWithEvidenceThenSubmitsItAfterConfirmation() {
        browser.visit("/mon-espace/auto-evaluation?lang=fr");
        for (Question question : Question.values()) {
            // The first choice: "yes" for a yes/no question.
            browser.find(By.id("answer-" + question.code())).click();
        }
        browser.find(By.id("file-accessibility_register")).sendKeys(pdf.toAbsolutePath().toString());
        for (String code : SpaceFixture.EVIDENCED.subList(1, SpaceFixture.EVIDENCED.size())) {
            browser.find(By.id("link-" + code)).clear();
            browser.find(By.id("link-" + code)).sendKeys("https://www.exemple.fr/justificatifs/" + code + ".pdf");
        }
        browser.find(By.id("comment-free_of_charge")).sendKeys("Accueil sans rendez-vous le mardi matin");
        browser.press("Enregistrer le brouillon");

        assertThat(browser.currentPath()).startsWith("/mon-espace/auto-evaluation");
        assertThat(browser.text(By.id("assessment-state")))
                .contains(Question.values().length + " questions répondues sur " + Question.values().length);
        SelfAssessment draft = assessments.findById(SelfAssessment.idOf(STRUCTURE, CAMPAIGN)).orElseThrow();
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        Answer register = draft.answers().get("accessibility_register");
        assertThat(register.evidence()).hasSize(1);
        assertThat(register.evidence().get(0).fileId()).isNotBlank();
        assertAccessibleInBothLanguages("/mon-espace/auto-evaluation");

        browser.press("Vérifier et soumettre");
        assertThat(browser.currentPath()).startsWith("/mon-espace/auto-evaluation/soumettre");
        assertThat(browser.find(By.id("answers-summary")).findElements(By.cssSelector("tbody tr"))).hasSize(Question.values().length);
        assertAccessibleInBothLanguages("/mon-espace/auto-evaluation/soumettre");
        assertThat(assessments.findById(SelfAssessment.idOf(STRUCTURE, CAMPAIGN)).orElseThrow().status())
                .isEqualTo(AssessmentStatus.DRAFT);

        browser.press("Confirmer la soumission");

        SelfAssessment submitted = assessments.findById(SelfAssessment.idOf(STRUCTURE, CAMPAIGN)).orElseThrow();
        assertThat(submitted.status()).as(() -> browser.currentPath() + "\n" + browser.text(By.tagName("main")))
                .isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.answers().get("free_of_charge").comment()).isEqualTo("Accueil sans rendez-vous le mardi matin");
        // Locked: the answers are shown, with no form to change them.
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/mon-espace/auto-evaluation']"))).isEmpty();
        assertAccessibleInBothLanguages("/mon-espace/auto-evaluation");
        browser.visit("/mon-espace?lang=fr");
        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Soumise");
    }

    @Order(5)
    @Test
    void theActivityFormShowsTheImportersRefusalsNextToTheFieldsThenSaves() {
        browser.visit("/mon-espace/activite?lang=fr");
        browser.find(By.id("figure-people_received")).clear();
        browser.find(By.id("figure-people_received")).sendKeys("beaucoup");
        browser.press("Enregistrer le rapport d'activité");

        assertThat(browser.find(By.id("figure-people_received")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertCurrentPageAccessible();

        browser.find(By.id("figure-people_received")).clear();
        browser.find(By.id("figure-people_received")).sendKeys("420");
        browser.press("Enregistrer le rapport d'activité");

        assertThat(browser.find(By.id("figure-people_received")).getDomProperty("value")).isEqualTo("420");
        assertThat(browser.driver().findElements(By.cssSelector("[aria-invalid='true']"))).isEmpty();
    }

    @Order(6)
    @Test
    void anActivityFileKeepsTheStructuresOwnRowAndShowsTheOthersRejected() throws IOException {
        Path csv = Files.createTempFile("activite", ".csv");
        try {
            Files.writeString(csv, "structure_id;campaign;people_received\n" + STRUCTURE + ";" + CAMPAIGN + ";430\nML-AUTRE;" + CAMPAIGN
                    + ";12\n", StandardCharsets.UTF_8);
            browser.visit("/mon-espace/activite?lang=fr");
            browser.find(By.id("activity-file")).sendKeys(csv.toAbsolutePath().toString());
            browser.press("Déposer le fichier");

            assertThat(browser.text(By.id("upload-report"))).contains("1 ligne acceptée").contains("1 ligne rejetée");
            assertThat(browser.text(By.id("upload-rejections"))).contains("ML-AUTRE");
            assertCurrentPageAccessible();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Order(7)
    @Test
    void answersAnActionItemOfThePlanInForce() {
        String results = "/mon-espace/resultats/" + PAST;
        browser.visit(results + "?lang=fr");
        browser.find(By.id(ResultsController.actionField("NET-01", "done"))).click();
        browser.clickAndAwaitNextPage(browser.find(By.cssSelector("#action-NET-01 button[type=submit]")));

        String responseId = ResultsController.actionField("NET-01", "response");
        assertThat(browser.find(By.id(responseId)).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertCurrentPageAccessible();

        browser.find(By.id(responseId)).sendKeys("Inscrits aux quatre réunions territoriales de l'année");
        browser.find(By.id(ResultsController.actionField("NET-01", "link"))).sendKeys("https://www.exemple.fr/planning.pdf");
        browser.clickAndAwaitNextPage(browser.find(By.cssSelector("#action-NET-01 button[type=submit]")));

        assertThat(browser.currentPath()).startsWith(results);
        assertThat(evaluations.findById(Evaluation.idOf(STRUCTURE, PAST)).orElseThrow().actionPlan().get(0).response())
                .isEqualTo("Inscrits aux quatre réunions territoriales de l'année");
        assertAccessibleInBothLanguages(results);
    }

    @Order(8)
    @Test
    void withoutAnOpenCampaignTheFormsSaySoAccessibly() {
        List<String> reopen = campaigns.all().stream().filter(campaign -> campaign.isOpen()).map(campaign -> campaign.id()).toList();
        try {
            reopen.forEach(id -> campaigns.save(campaigns.find(id).orElseThrow().withStatus(CampaignStatus.CLOSED)));
            assertAccessibleInBothLanguages("/mon-espace/auto-evaluation");
            assertAccessibleInBothLanguages("/mon-espace/activite");
            assertAccessibleInBothLanguages("/mon-espace");
        } finally {
            reopen.forEach(id -> campaigns.save(campaigns.find(id).orElseThrow().withStatus(CampaignStatus.OPEN)));
        }
    }
}
