package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.support.DemoApi;
import fr.spro.label.support.RuleSetFixtures;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserSignIn;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator's way through the rule-set pages in Chromium, on the demo data (uploading rule
 * files is theirs; officers change parameters, {@link ParameterPagesBrowserTests}): a refused upload,
 * a draft, its what-if on campaign 2024, its activation; then the audit trail. Every page is checked
 * with axe-core in French and English on the way. The bundled rules are put back in force after.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleSetPagesBrowserTests {

    @LocalServerPort int port;
    @Autowired RuleEngine engine;
    @Autowired RuleSetStore store;
    @Autowired MongoTemplate mongo;

    Browser browser;
    Path folder;

    @BeforeAll
    void signIn() throws IOException {
        folder = Files.createTempDirectory("regles");
        browser = Browser.open(port);
        BrowserSignIn.visitSignedIn(browser, "/back-office/regles?lang=fr", "admin", DemoApi.PASSWORD);
    }

    @AfterAll
    void bundledRulesBackInForce() throws IOException {
        browser.close();
        mongo.dropCollection(RuleSetActivation.class);
        mongo.dropCollection(RuleSetDraft.class);
        engine.activate(engine.compile(RuleSetFixtures.bundled()));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    void upload(String fileName, byte[] content) throws IOException {
        Path file = folder.resolve(fileName);
        Files.write(file, content);
        browser.visit("/back-office/regles?lang=fr");
        browser.find(By.id("fichiers")).sendKeys(file.toAbsolutePath().toString());
        browser.press("Vérifier et garder comme brouillon");
    }

    /** A form posted answers with a redirect: wait until the browser has followed it. */

    @Test
    @Order(1)
    void seesTheRuleSetInForceAndReadsOneOfItsFiles() {
        browser.visit("/back-office/regles?lang=fr");
        assertThat(browser.text(By.id("active-version"))).isEqualTo("2025.1");
        Axe.assertNoViolationsInBothLanguages(browser);
        browser.follow("acc.drl");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("acc.drl");
        assertThat(browser.text(By.cssSelector(".source-lines"))).contains("rule \"ACC-01 services gratuits (conforme)\"");
        Axe.assertNoViolationsInBothLanguages(browser);
    }

    @Test
    @Order(2)
    void readsEveryErrorOfARefusedUploadNextToTheField() throws IOException {
        upload("casse.zip", RuleSetFixtures.zipOfFolder(RuleSetFixtures.broken()));

        assertThat(browser.text(By.id("fichiers-errors"))).startsWith("Jeu de règles refusé").contains("acc.drl, ligne ");
        assertThat(browser.find(By.id("fichiers")).getDomAttribute("aria-describedby")).contains("fichiers-errors");
        Axe.assertNoViolations(browser);
    }

    @Test
    @Order(3)
    void uploadsADraftTriesItOnCampaign2024AndPutsItInForce() throws IOException {
        upload("regles-2025.2.zip", RuleSetFixtures.zipOfFolder(RuleSetFixtures.raisedOpeningHours()));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Brouillon du référentiel 2025.2");
        assertThat(browser.text(By.cssSelector("[role=status]"))).contains("compile");
        Axe.assertNoViolationsInBothLanguages(browser);

        browser.choose("Campagne", "2024").press("Lancer la simulation");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Simulation du brouillon 2025.2 sur la campagne 2024");
        assertThat(Integer.parseInt(browser.text(By.id("count-simulated")))).isPositive();
        assertThat(browser.text(By.id("what-if-headline"))).contains("par le brouillon");
        Axe.assertNoViolationsInBothLanguages(browser);

        browser.follow("Retour au brouillon 2025.2").press("Mettre en vigueur le référentiel 2025.2");
        browser.awaitPath("/back-office/regles");
        assertThat(browser.text(By.id("active-version"))).isEqualTo("2025.2");
        assertThat(browser.text(By.id("active-origin"))).startsWith("par admin");
        Axe.assertNoViolationsInBothLanguages(browser);
    }

    @Test
    @Order(4)
    void findsTheActivationInTheAuditTrail() {
        browser.visit("/back-office/journal?lang=fr").choose("Action", "Jeu de règles mis en vigueur").press("Afficher les événements");

        // The latest first; other browser tests of this application may have activated rule sets before.
        assertThat(browser.text(By.id("journal-count"))).matches("\\d+ événements?\\.");
        assertThat(browser.text(By.cssSelector("table.journal-entries tbody tr:first-child"))).contains("admin")
                .contains("référentiel 2025.2").contains("2025.1 (").contains("2025.2 (");
        Axe.assertNoViolationsInBothLanguages(browser);
        Axe.assertNoViolations(browser.visit("/back-office/journal?lang=fr"));
    }

    @Test
    @Order(5)
    void discardsADraft() throws IOException {
        upload("regles-identiques.zip", RuleSetFixtures.zipOfFolder(RuleSetFixtures.bundled()));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Brouillon du référentiel 2025.1");
        browser.press("Abandonner ce brouillon");
        browser.awaitPath("/back-office/regles");
        assertThat(browser.text(By.cssSelector("[role=status]"))).contains("abandonné");
        assertThat(store.drafts()).isEmpty();
    }
}
