package fr.spro.label.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserSignIn;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The rules page in Chromium, once an officer has changed a threshold on the parameters page and
 * put it in force: axe-core finds no WCAG 2.1 A/AA violation, every rule list opened, in French
 * and in English, for a visitor and for a signed-in account. The bundled rules are put back after.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesPageAccessibilityTests {

    static final String HOURS_LABEL = "Ouverture au public par semaine pour être conforme (h)";

    @LocalServerPort int port;
    @Autowired RuleEngine engine;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;

    Browser browser;

    @BeforeAll
    void anOfficerLowersTheOpeningHoursThreshold() {
        RulesPublication.bundledRulesBackInForce(mongo, engine);
        AccountFixture.createAll(accounts, encoder);
        browser = Browser.open(port);
        BrowserSignIn.visitSignedIn(browser, "/back-office/regles/parametres?lang=fr", AccountFixture.OFFICER, AccountFixture.PASSWORD);
        browser.type(HOURS_LABEL, "20").press("Préparer un brouillon avec ces valeurs");
        browser.press("Mettre en vigueur le référentiel 2025.1");
        browser.awaitPath("/back-office/regles");
        BrowserSignIn.signOut(browser);
    }

    @AfterAll
    void bundledRulesBackInForce() {
        browser.close();
        RulesPublication.bundledRulesBackInForce(mongo, engine);
    }

    /** Opens every "its rules" list, so that axe-core checks what a reader who opens them sees. */
    void openEveryRuleList() {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    }

    @ParameterizedTest(name = "lang={0}")
    @ValueSource(strings = {"fr", "en"})
    void aVisitorReadsThePageWithoutAnAccessibilityViolation(String language) {
        browser.visit(RulesPublication.PAGE + "?lang=" + language);
        openEveryRuleList();

        assertThat(browser.text(By.id("critere-ACC-03"))).contains("20 h");
        assertThat(browser.driver().findElements(By.cssSelector(".earlier-versions li"))).hasSize(1);
        assertThat(browser.find(By.cssSelector(".rule-names")).isDisplayed()).isTrue();
        Axe.assertNoViolations(browser);
    }

    @Test
    void aSignedInAccountReadsItTooFromTheFooter() {
        BrowserSignIn.visitSignedIn(browser, "/login?lang=fr", AccountFixture.STRUCTURE, AccountFixture.PASSWORD);
        browser.visit("/accessibilite?lang=fr").follow("Comment le label est attribué");

        assertThat(browser.currentPath()).isEqualTo(RulesPublication.PAGE);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Comment le label est attribué");
        assertThat(browser.text(By.cssSelector(".signed-in"))).contains(AccountFixture.STRUCTURE);
        openEveryRuleList();
        Axe.assertNoViolations(browser);
        BrowserSignIn.signOut(browser);
    }
}
