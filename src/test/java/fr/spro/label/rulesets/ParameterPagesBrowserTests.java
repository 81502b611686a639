package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer changes a threshold in Chromium, on the demo data: ACC-03 compliant from 20 h a week
 * instead of 24 h, typed on the parameters page, kept as a draft, tried on campaign 2024 — where the
 * findings' sentences, written by the rules from the parameter, say 20 h — then put in force and
 * found in the audit trail. Every page is checked with axe-core in French and English on the way.
 * The bundled rules, with their parameters, are put back in force after.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParameterPagesBrowserTests {

    static final String PAGE = "/back-office/regles/parametres";
    static final String HOURS_LABEL = "Ouverture au public par semaine pour être conforme (h)";

    @LocalServerPort int port;
    @Autowired RuleEngine engine;
    @Autowired MongoTemplate mongo;

    Browser browser;

    @BeforeAll
    void signIn() {
        browser = Browser.open(port);
        BrowserSignIn.visitSignedIn(browser, PAGE + "?lang=fr", "officier", DemoApi.PASSWORD);
    }

    @AfterAll
    void bundledRulesBackInForce() {
        browser.close();
        mongo.dropCollection(RuleSetActivation.class);
        mongo.dropCollection(RuleSetDraft.class);
        engine.activate(engine.compile(RuleSetFixtures.bundled()));
    }

    String hoursField() {
        return browser.find(By.id("p-ACC-03-heures-conforme")).getDomProperty("value");
    }

    @Test
    @Order(1)
    void findsTheParametersPageFromTheRulesAndSeesTheThresholdsInForce() {
        browser.visit("/back-office/regles?lang=fr");
        assertThat(browser.driver().findElements(By.id("fichiers"))).as("an officer uploads no rule file").isEmpty();
        Axe.assertNoViolationsInBothLanguages(browser);
        browser.follow("Changer les paramètres des règles");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Paramètres des règles");
        assertThat(hoursField()).isEqualTo("24");
        assertThat(browser.text(By.id("p-ACC-03-heures-conforme-hint"))).contains("ACC-03.heures-conforme")
                .contains("En vigueur : 24 h ; valeurs admises : de 1 h à 168 h");
        Axe.assertNoViolationsInBothLanguages(browser);
    }

    @Test
    @Order(2)
    void readsWhyAValueIsRefusedNextToItsField() {
        browser.visit(PAGE + "?lang=fr").type(HOURS_LABEL, "200").press("Préparer un brouillon avec ces valeurs");

        assertThat(browser.text(By.id("p-ACC-03-heures-conforme-error"))).startsWith("Valeur hors de l'intervalle admis");
        assertThat(browser.text(By.id("parameters-errors"))).startsWith("1 valeur refusée");
        assertThat(browser.find(By.id("p-ACC-03-heures-conforme")).getDomAttribute("aria-describedby"))
                .contains("p-ACC-03-heures-conforme-error");
        Axe.assertNoViolations(browser);
    }

    @Test
    @Order(3)
    void lowersTheOpeningHoursThresholdTriesItOnCampaign2024AndPutsItInForce() {
        browser.visit(PAGE + "?lang=fr").type(HOURS_LABEL, "20").press("Préparer un brouillon avec ces valeurs");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Brouillon du référentiel 2025.1");
        assertThat(browser.text(By.id("parameter-changes"))).contains("ACC-03.heures-conforme : 24 h → 20 h");
        Axe.assertNoViolationsInBothLanguages(browser);

        browser.choose("Campagne", "2024").press("Lancer la simulation");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Simulation du brouillon 2025.1 sur la campagne 2024");
        assertThat(acc03SentencesWithTheDraft()).as("ACC-03 sentences of the draft, written by the rules from the parameter")
                .isNotEmpty().anySatisfy(sentence -> assertThat(sentence).contains("20 h"));
        Axe.assertNoViolationsInBothLanguages(browser);

        browser.follow("Retour au brouillon 2025.1").press("Mettre en vigueur le référentiel 2025.1");
        browser.awaitPath("/back-office/regles");
        assertThat(browser.text(By.id("active-origin"))).startsWith("par officier");
        browser.visit(PAGE + "?lang=fr");
        assertThat(hoursField()).isEqualTo("20");
        assertThat(browser.text(By.id("p-ACC-03-heures-conforme-hint"))).contains("En vigueur : 20 h");
    }

    /** The sentences of the ACC-03 findings that would change, as the draft writes them. */
    List<String> acc03SentencesWithTheDraft() {
        return browser.driver().findElements(By.cssSelector("table.finding-changes tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals("ACC-03"))
                .map(row -> row.findElements(By.tagName("td")).get(1)).map(WebElement::getText).toList();
    }

    @Test
    @Order(4)
    void findsTheChangedThresholdInTheAuditTrail() {
        browser.visit("/back-office/journal?lang=fr").choose("Action", "Jeu de règles mis en vigueur").press("Afficher les événements");

        assertThat(browser.text(By.cssSelector("table.journal-entries tbody tr:first-child"))).contains("officier")
                .contains("ACC-03.heures-conforme : 24 h").contains("ACC-03.heures-conforme : 20 h");
    }
}
