package fr.spro.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Question;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.security.Role;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserSignIn;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The product's whole loop in one browser, on the demo data: a structure that had not answered
 * the 2025 campaign fills and submits its self-assessment with evidence; an officer launches the
 * evaluation, watches it finish, confirms one proposal and replaces another with a justification;
 * the public registry shows both labels; the CREFOP dashboard counts both decisions.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.application.name=end-to-end")
class EndToEndScenarioTests {

    static final String CAMPAIGN = "2025";
    /** A demo member that had not submitted its 2025 self-assessment. */
    static final String STRUCTURE = "ML-MONTBARD";
    static final String STRUCTURE_USER = "ml-montbard-e2e";
    static final String DEMO_PASSWORD = "demo-territoire-2025";
    static final String JUSTIFICATION = "Visite sur place du 12 mars : les non-conformités relevées sont levées.";

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired SelfAssessments assessments;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;

    @Test
    void aStructureSubmitsAnOfficerEvaluatesAndDecidesThePublicAndTheCrefopSeeTheDecisions(@TempDir Path files) throws IOException {
        AccountFixture.create(accounts, encoder, STRUCTURE_USER, Role.STRUCTURE, STRUCTURE);
        Path evidence = files.resolve("registre-accessibilite.pdf");
        Files.write(evidence, new ClassPathResource("demo/registre-accessibilite.pdf").getContentAsByteArray());
        assertThat(evaluations.findByStructureIdAndCampaign(STRUCTURE, CAMPAIGN)).as("not evaluated before it submits").isEmpty();

        try (Browser browser = Browser.open(port)) {
            structureFillsAndSubmits(browser, evidence);
            BrowserSignIn.signOut(browser);

            officerEvaluates(browser);
            String confirmed = undecided(e -> e.proposal() == LabelDecision.LABELLISE);
            String replaced = undecided(e -> e.proposal() == LabelDecision.REFUSE || e.proposal() == LabelDecision.AJOURNE);
            officerConfirms(browser, confirmed);
            officerReplaces(browser, replaced);
            BrowserSignIn.signOut(browser);

            browser.visit("/registre/" + confirmed + "?lang=fr");
            assertThat(browser.text(By.id("label-status"))).isEqualTo("Labellisé");
            browser.visit("/registre/" + replaced + "?lang=fr");
            assertThat(browser.text(By.id("label-status"))).isEqualTo("Labellisé sous conditions");

            BrowserSignIn.visitSignedIn(browser, "/crefop?campagne=" + CAMPAIGN + "&lang=fr", "crefop", DEMO_PASSWORD);
            assertThat(decisionCount(browser, "Labellisé")).isEqualTo(1);
            assertThat(decisionCount(browser, "Labellisé sous conditions")).isEqualTo(1);
        }
    }

    void structureFillsAndSubmits(Browser browser, Path evidence) {
        BrowserSignIn.visitSignedIn(browser, "/mon-espace/auto-evaluation?lang=fr", STRUCTURE_USER, AccountFixture.PASSWORD);
        for (Question question : Question.values()) {
            browser.find(By.id("answer-" + question.code())).click();   // the first choice: "oui"
        }
        browser.find(By.id("file-accessibility_register")).sendKeys(evidence.toAbsolutePath().toString());
        for (WebElement link : browser.driver().findElements(By.cssSelector("input[id^='link-']"))) {
            if (!link.getDomAttribute("id").equals("link-accessibility_register")) {
                link.clear();
                link.sendKeys("https://www.exemple.fr/justificatifs/" + link.getDomAttribute("id") + ".pdf");
            }
        }
        browser.press("Enregistrer le brouillon").press("Vérifier et soumettre").press("Confirmer la soumission");

        SelfAssessment submitted = assessments.findById(SelfAssessment.idOf(STRUCTURE, CAMPAIGN)).orElseThrow();
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.answers()).hasSize(Question.values().length);
        assertThat(submitted.answers().get("accessibility_register").evidence()).singleElement()
                .satisfies(ref -> assertThat(ref.fileId()).isNotBlank());
    }

    void officerEvaluates(Browser browser) {
        BrowserSignIn.visitSignedIn(browser, "/back-office/evaluations?lang=fr", "officier", DEMO_PASSWORD);
        browser.choose("Campagne", CAMPAIGN).press("Lancer l'évaluation");
        assertThat(browser.currentPath()).matches("/back-office/evaluations/\\d+");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(300))
                .until(driver -> browser.text(By.id("job-state")).equals("Terminé"));
        assertThat(evaluations.findByStructureIdAndCampaign(STRUCTURE, CAMPAIGN))
                .as("the structure's submission was evaluated").hasValueSatisfying(e -> assertThat(e.findings()).hasSize(28));
    }

    void officerConfirms(Browser browser, String structureId) {
        browser.visit("/back-office/revue/" + CAMPAIGN + "/" + structureId + "?lang=fr");
        browser.find(By.id("choice-confirm")).click();
        browser.press("Enregistrer la décision");
        assertThat(browser.text(By.cssSelector("p.notice"))).startsWith("Décision enregistrée : Labellisé.");
    }

    void officerReplaces(Browser browser, String structureId) {
        browser.visit("/back-office/revue/" + CAMPAIGN + "/" + structureId + "?lang=fr");
        browser.find(By.id("choice-other")).click();
        browser.choose("Autre décision", "Labellisé sous conditions").type("Justification", JUSTIFICATION)
                .press("Enregistrer la décision");
        assertThat(browser.text(By.id("justification-shown"))).isEqualTo(JUSTIFICATION);
        assertThat(decisions.findByStructureIdAndCampaign(structureId, CAMPAIGN)).hasValueSatisfying(d -> {
            assertThat(d.decision()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
            assertThat(d.overridesProposal()).isTrue();
        });
    }

    /** A 2025 evaluation that the officer has not decided yet and whose proposal passes the filter. */
    String undecided(Predicate<Evaluation> proposal) {
        List<String> decided = decisions.findByCampaign(CAMPAIGN).stream().map(Decision::structureId).toList();
        return evaluations.findByCampaign(CAMPAIGN).stream()
                .filter(proposal).map(Evaluation::structureId)
                .filter(id -> !decided.contains(id) && !id.equals(STRUCTURE))
                .sorted().findFirst().orElseThrow();
    }

    /** The count of the CREFOP dashboard's decisions table on the row of this decision. */
    static int decisionCount(Browser browser, String decision) {
        WebElement table = browser.find(By.xpath("//table[caption[starts-with(normalize-space(.), 'Décisions de label de la campagne')]]"));
        return Integer.parseInt(table.findElement(By.xpath(".//tr[th[normalize-space(.)='" + decision + "']]/td")).getText().trim());
    }
}
