package fr.spro.label.crefopspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.support.DemoApi;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserSignIn;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The CREFOP's dashboard in Chromium, on the demo data, signed in as the demo CREFOP account. */
@BrowserTest
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrefopSpaceBrowserTests {

    @LocalServerPort int port;
    @Autowired CrefopReport report;

    Browser browser;

    @BeforeAll
    void signIn() {
        browser = Browser.open(port);
        BrowserSignIn.visitSignedIn(browser, "/crefop?campagne=2024&lang=fr", "crefop", DemoApi.PASSWORD);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    static Stream<String> pages() {
        return Stream.of("/crefop", "/crefop?campagne=2024", "/crefop?campagne=2025", "/crefop?campagne=1999")
                .flatMap(path -> Stream.of(path + (path.contains("?") ? "&" : "?") + "lang=fr",
                        path + (path.contains("?") ? "&" : "?") + "lang=en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoWcag21AaViolation(String path) {
        Axe.assertNoViolations(browser.visit(path));
    }

    @Test
    void choosesACampaignAndReadsItsHeadlineAndKeyFigures() {
        browser.visit("/crefop?campagne=2025&lang=fr").choose("Campagne", "2024").press("Afficher la campagne");

        assertThat(browser.currentPath()).isEqualTo("/crefop?campagne=2024");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tableau de bord régional — campagne 2024");
        int territories = report.figures("2024").current().territoiresOrientation();
        assertThat(browser.text(By.id("headline"))).startsWith(territories + " territoire(s) sur 10 « Territoire d'Orientation »");
        assertThat(browser.text(By.id("key-figures-table"))).contains("Structures évaluées "
                + report.figures("2024").current().region().evaluated());
    }

    @Test
    void offersTheReportAsPdfAndCsv() {
        browser.visit("/crefop?campagne=2025&lang=fr");
        assertThat(browser.find(By.linkText("Rapport au CREFOP, campagne 2025 (PDF)")).getDomAttribute("href"))
                .isEqualTo("/crefop/campagnes/2025/rapport.pdf");
        assertThat(browser.find(By.linkText("Indicateurs de la campagne 2025 (CSV, données ouvertes)")).getDomAttribute("href"))
                .isEqualTo("/crefop/campagnes/2025/rapport.csv");
    }

    @Test
    void showsEachChartWithItsValuesAsText() {
        browser.visit("/crefop?campagne=2024&lang=en");
        assertThat(browser.driver().findElements(By.cssSelector("figure.bar-chart"))).hasSize(4);
        assertThat(browser.text(By.cssSelector("figure.bar-chart"))).contains("Share of eligible structures labelled, by territory")
                .contains("Dijon - Beaune").contains("%");
        assertThat(browser.driver().findElements(By.cssSelector("svg.bar[aria-hidden='true']"))).isNotEmpty();
    }
}
