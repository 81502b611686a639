package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decisions;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntakeFixtures;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * An officer works in a real browser: launches the evaluation of the demo's 2025 campaign and
 * watches its progress bar fill, confirms one proposal and replaces another with a justification
 * (the public registry shows both), imports a file, reopens a self-assessment and closes the
 * campaign. Every back-office page, in French and English, has no WCAG 2.1 A/AA violation.
 * The tests run in order: the later ones read what the first one decided.
 */
@BrowserTest
@TestPropertySource(properties = "spring.application.name=backoffice-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeBrowserTests {

    static final String CONFIRMED = "ML-DIJON";
    static final String REPLACED = "FT-COSNE-COURS-SUR-LOIRE";
    static final String UNDECIDED = "CE-DIJON";
    static final String JUSTIFICATION = "Non-conformité majeure levée lors de la visite sur place du 12 mars : registre produit";

    @LocalServerPort int port;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired IntakeService intake;
    @Autowired Campaigns campaigns;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;
    @Autowired Clock clock;

    @TempDir Path files;
    Browser browser;
    final List<String> visited = new ArrayList<>();

    @BeforeAll
    void theDemoCampaignSubmittedAndLastYearsPlan() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
        DemoCampaign.importInto(campaigns, intake);
        // Last year's label under conditions, one action of its plan overdue.
        LocalDate today = LocalDate.now(clock);
        mongo.save(BackOfficeFixture.campaign(2024, CampaignStatus.CLOSED));
        evaluations.save(BackOfficeFixture.evaluation(CONFIRMED, "2024", LabelDecision.LABELLISE_SOUS_CONDITIONS,
                Instant.parse("2025-01-10T09:00:00Z"), List.of(BackOfficeFixture.openItem("NET-01", today.minusDays(10)),
                        BackOfficeFixture.doneItem("QUA-01", today.minusDays(30)))));
        decisions.save(DecisionFixture.labelledUnderConditions(CONFIRMED, "2024", today.minusMonths(7)));
        browser = Browser.open(port);
        browser.visit("/login?lang=fr").type("Identifiant", AccountFixture.OFFICER).type("Mot de passe", AccountFixture.PASSWORD)
                .press("Se connecter");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(browser.driver(), duration);
    }

    /** Checks the page shown, then the same page in English, with axe-core; back in French after. */
    void accessible() {
        String path = browser.currentPath();
        visited.add(path);
        Axe.assertNoViolations(browser);
        String english = path + (path.contains("?") ? "&" : "?") + "lang=en";
        Axe.assertNoViolations(browser.visit(english));
        browser.visit(english.replace("lang=en", "lang=fr"));
    }

    @Test
    @Order(1)
    void anOfficerLaunchesTheEvaluationWatchesItFinishAndDecidesTwoProposals() {
        assertThat(browser.currentPath()).isEqualTo("/back-office");
        browser.visit("/back-office/evaluations").choose("Campagne", "2025").press("Lancer l'évaluation");

        assertThat(browser.currentPath()).matches("/back-office/evaluations/\\d+");
        assertThat(browser.find(By.id("job")).getDomAttribute("data-running")).as("the page opens while the job runs").isEqualTo("true");
        ((JavascriptExecutor) browser.driver()).executeScript("window.sameDocument = true;");
        waitUpTo(Duration.ofSeconds(180)).until(driver -> browser.text(By.id("job-state")).equals("Terminé"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.sameDocument === true;"))
                .as("the script updated the page in place").isEqualTo(true);
        assertThat(browser.find(By.id("job-progress")).getDomProperty("value")).isEqualTo("60");
        assertThat(browser.find(By.id("job-progress")).getDomProperty("max")).isEqualTo("60");
        assertThat(browser.text(By.id("job-counts"))).isEqualTo("Structures évaluées : 60 sur 60");
        assertThat(browser.find(By.id("job-done")).isDisplayed()).isTrue();
        accessible();

        browser.follow("Voir la file de revue de la campagne 2025");
        browser.choose("Proposition", "Labellisé sous conditions").press("Appliquer les filtres");
        assertThat(browser.text(By.id("review-queue"))).contains("Mission locale de Dijon");
        browser.follow("Mission locale de Dijon");
        browser.find(By.id("choice-confirm")).click();
        browser.press("Enregistrer la décision");
        assertThat(browser.text(By.cssSelector("p.notice"))).startsWith("Décision enregistrée : Labellisé sous conditions.");
        assertThat(browser.text(By.id("decided-by"))).isEqualTo(AccountFixture.OFFICER);
        assertThat(browser.find(By.id("certificate")).getDomAttribute("href")).isEqualTo("/documents/certificate/2025/ML-DIJON.pdf");
        accessible();

        browser.visit("/back-office/revue/2025/" + REPLACED);
        assertThat(browser.text(By.id("proposal"))).isEqualTo("Refusé");
        browser.find(By.id("choice-other")).click();
        browser.choose("Autre décision", "Labellisé sous conditions").press("Enregistrer la décision");
        assertThat(browser.text(By.id("justification-error")))
                .isEqualTo("Remplacer la proposition par une autre décision demande une justification écrite de 20 caractères au moins.");
        assertThat(browser.find(By.id("justification")).getDomAttribute("aria-describedby")).contains("justification-error");
        accessible();
        browser.find(By.id("choice-other")).click();
        browser.choose("Autre décision", "Labellisé sous conditions").type("Justification", JUSTIFICATION).press("Enregistrer la décision");
        assertThat(browser.text(By.id("justification-shown"))).isEqualTo(JUSTIFICATION);
        assertThat(browser.text(By.id("decision-taken"))).contains("(remplace la proposition « Refusé »)");

        browser.visit("/registre?lang=fr&territory=DIJON_BEAUNE");
        assertThat(browser.text(By.cssSelector("table.results tbody"))).contains("Mission locale de Dijon");
        browser.visit("/registre?lang=fr&q=cosne");
        assertThat(browser.text(By.cssSelector("table.results tbody")))
                .contains("France Travail – agence de Cosne-Cours-sur-Loire", "Labellisé sous conditions");
    }

    @Test
    @Order(2)
    void anOfficerImportsAFileAndReadsItsRejections() throws IOException {
        Path file = files.resolve("annuaire-jura.csv");
        Files.write(file, IntakeFixtures.csv(IntakeFixtures.STRUCTURES_HEADER, IntakeFixtures.structureRow("ML-JURA-SUD"),
                IntakeFixtures.structureRow("identifiant invalide")));

        browser.visit("/back-office/imports").choose("Type de fichier", "Annuaire des structures");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press("Importer le fichier");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Rapport d'import : annuaire-jura.csv");
        assertThat(browser.text(By.id("accepted-count"))).isEqualTo("1");
        assertThat(browser.text(By.id("rejected-count"))).isEqualTo("1");
        assertThat(browser.text(By.id("rejections"))).contains("INVALID_ID", "identifiant invalide");
        assertThat(browser.find(By.id("rejections-csv")).getDomAttribute("href")).endsWith("/rejets.csv");
        accessible();
        browser.visit("/back-office/imports").press("Importer le fichier");
        assertThat(browser.text(By.id("kind-error"))).isEqualTo("Choisissez le type de fichier.");
        accessible();
    }

    @Test
    @Order(3)
    void anOfficerReopensASelfAssessmentThenClosesTheCampaign() {
        browser.visit("/back-office/campagnes/2025");
        assertThat(browser.text(By.id("progress-table"))).contains("Région");
        browser.press("Rouvrir l'auto-évaluation");
        assertThat(browser.text(By.id("structureId-error"))).isEqualTo("Choisissez la structure dont vous rouvrez l'auto-évaluation.");
        accessible();
        browser.choose("Structure", "Cap emploi Dijon (CE-DIJON)").type("Motif de la réouverture", "Rapport d'activité 2025 incomplet")
                .press("Rouvrir l'auto-évaluation");
        assertThat(browser.text(By.cssSelector("p.notice"))).startsWith("L'auto-évaluation de CE-DIJON est rouverte");
        assertThat(browser.text(By.id("not-submitted"))).contains("Cap emploi Dijon");

        browser.press("Clore la campagne 2025");
        assertThat(browser.text(By.cssSelector("p.notice"))).isEqualTo("La campagne 2025 est close.");
        assertThat(browser.text(By.id("campaign-status"))).isEqualTo("Close : plus aucune saisie des structures");
        accessible();
    }

    @Test
    @Order(4)
    void everyBackOfficePageHasNoAccessibilityViolationInFrenchAndEnglish() {
        for (String page : List.of("/back-office", "/back-office/campagnes/2024", "/back-office/imports", "/back-office/evaluations",
                "/back-office/revue", "/back-office/revue?campaign=2025&decided=no&flagged=yes",
                "/back-office/revue?campaign=2025&territory=NIEVRE&proposal=REFUSE",
                "/back-office/revue/2025/" + CONFIRMED, "/back-office/revue/2025/" + UNDECIDED, "/back-office/revue/2024/" + CONFIRMED,
                "/back-office/plans-actions", "/back-office/plans-actions?show=all&campaign=2024", "/back-office/revue?territory=NOWHERE")) {
            browser.visit(page + (page.contains("?") ? "&" : "?") + "lang=fr");
            accessible();
        }
        assertThat(browser.visit("/back-office/plans-actions?lang=fr").text(By.id("action-items"))).contains("NET-01", "En retard");
        assertThat(visited).hasSizeGreaterThanOrEqualTo(13 + 3);
    }
}
