package fr.spro.label.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import fr.spro.label.support.MovableClock;

/**
 * The explanation in a real browser (Chromium), signed in through the sign-in page: the structure
 * asks from its results page, an officer finds the request in the list, opens it and sends it, the
 * structure reads it. Every page passes axe-core (WCAG 2.1 A and AA) in French and in English and
 * reads without sideways scrolling at 390 and 1366 px. With {@code -Dexplanation.screenshots=DIR}
 * the pages are also saved there as PNG at both widths in both languages, to look at them.
 */
@ExplanationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplanationBrowserTests {

    static final String CAMPAIGN = ExplanationFixture.CAMPAIGN;
    static final String STRUCTURE = "ML-NAVIGATEUR";
    static final String USERNAME = "ml-navigateur-explication";
    static final int[] WIDTHS = {390, 1366};

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MovableClock clock;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    Browser browser;

    @BeforeAll
    void aDecidedStructureAndAnotherPendingRequest() {
        clock.set(ExplanationFixture.ASKED_AT);
        AccountFixture.createAll(accounts, encoder);
        ExplanationFixture.confirmed(context, STRUCTURE, USERNAME);
        browser = Browser.open(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    void signInAs(String username, String path) {
        BrowserSignIn.signOut(browser);
        BrowserSignIn.visitSignedIn(browser, path, username, AccountFixture.PASSWORD);
        assertThat(browser.currentPath()).startsWith(path);
    }

    /** One of this module's pages in both languages: no axe-core violation, its language declared, no sideways scrolling at either width. */
    void checkPage(String path, String name) throws IOException {
        checkPage(path, name, true);
    }

    /**
     * @param fits whether the whole page must fit the width: the results page is the structure space's,
     *             whose findings table is wider than a phone; this module adds one section to it
     */
    void checkPage(String path, String name, boolean fits) throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            browser.visit(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(browser.language()).isEqualTo(language);
            Axe.assertNoViolations(browser);
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                screenshot(name + "-" + language + "-" + width);
                long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
                long scrollWidth = ((Number) js.executeScript(fits ? "return document.documentElement.scrollWidth"
                        : "return document.getElementById('explanation').scrollWidth")).longValue();
                assertThat(scrollWidth).as("%s in %s at %d px: no sideways scrolling", path, language, width).isLessThanOrEqualTo(viewport);
            }
            browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    /** The whole page, as slices one window high (a full-page capture of a phone-wide page is too tall to look at). */
    void screenshot(String name) throws IOException {
        String folder = System.getProperty("explanation.screenshots");
        if (folder == null) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        long window = ((Number) js.executeScript("return window.innerHeight")).longValue();
        Files.createDirectories(Path.of(folder));
        for (int slice = 0; slice * window < height && slice < 20; slice++) {
            js.executeScript("window.scrollTo(0, arguments[0])", slice * window);
            Files.write(Path.of(folder, name + "-" + (slice + 1) + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        }
        js.executeScript("window.scrollTo(0, 0)");
    }

    @Order(1)
    @Test
    void theStructureAsksFromItsResultsPage() throws IOException {
        signInAs(USERNAME, "/mon-espace/resultats/" + CAMPAIGN);
        checkPage("/mon-espace/resultats/" + CAMPAIGN, "structure-results", false);

        browser.visit("/mon-espace/resultats/" + CAMPAIGN + "?lang=fr");
        browser.type("Votre message (facultatif)", "Pourquoi sous conditions ?");
        browser.press("Demander l'explication de la décision");

        assertThat(browser.currentPath()).isEqualTo("/mon-espace/explications/" + CAMPAIGN);
        assertThat(browser.text(By.cssSelector("main"))).contains("Votre demande d'explication est enregistrée")
                .contains("28 février 2026").contains("Pourquoi sous conditions ?");
        assertThat(browser.driver().findElements(By.id("operations"))).isEmpty();
        checkPage("/mon-espace/explications/" + CAMPAIGN, "structure-pending");
    }

    @Order(2)
    @Test
    void anOfficerFindsTheRequestOpensItAndSendsIt() throws IOException {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        signInAs(AccountFixture.OFFICER, "/back-office/explications");
        browser.visit("/back-office/explications?lang=fr");
        assertThat(browser.text(By.id("request-" + STRUCTURE + "-" + CAMPAIGN))).contains("28 février 2026").contains("En retard");
        checkPage("/back-office/explications", "officer-list");

        String detail = "/back-office/explications/" + CAMPAIGN + "/" + STRUCTURE;
        checkPage(detail, "officer-request");
        browser.visit(detail + "?lang=fr");
        browser.type("Message à la structure (facultatif)", "Nous restons à votre disposition.");
        browser.press("Envoyer l'explication à la structure");

        assertThat(browser.text(By.id("sent"))).contains("Envoyée le 2 mars 2026");
        browser.visit("/back-office/explications?lang=fr");
        assertThat(browser.driver().findElements(By.id("request-" + STRUCTURE + "-" + CAMPAIGN))).isEmpty();
    }

    @Order(3)
    @Test
    void theStructureReadsTheExplicationSent() throws IOException {
        signInAs(USERNAME, "/mon-espace/explications/" + CAMPAIGN);
        browser.visit("/mon-espace/explications/" + CAMPAIGN + "?lang=fr");
        assertThat(browser.text(By.id("state"))).isEqualTo("Envoyée");
        assertThat(browser.text(By.id("note"))).isEqualTo("Nous restons à votre disposition.");
        assertThat(browser.text(By.id("thresholds"))).contains("au moins 24 h");
        checkPage("/mon-espace/explications/" + CAMPAIGN, "structure-explanation");
        checkPage("/mon-espace/resultats/" + CAMPAIGN, "structure-results-sent", false);
    }
}
