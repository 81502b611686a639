package fr.spro.label.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.RegistryFixture;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor checks a structure's label in a real browser, as the public would. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserTests {

    @LocalServerPort int port;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Decisions decisions;
    @Autowired Registry registry;
    @Autowired Clock clock;

    Browser browser;

    @BeforeAll
    void start() {
        RegistryFixture.fill(structures, campaigns, decisions, registry, LocalDate.now(clock));
        browser = Browser.open(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void searchesTheRegistryFromTheHomePageWithoutAccents() {
        browser.visit("/?lang=fr").type("Nom ou commune de la structure", "chenove").press("Rechercher dans le registre");
        assertThat(browser.currentPath()).startsWith("/registre?q=chenove");
        assertThat(browser.text(By.id("result-count"))).isEqualTo("1 structure correspond à la recherche.");
        assertThat(browser.text(By.cssSelector("table.results tbody"))).contains("Centre d'information et d'orientation de Chenôve")
                .contains("Labellisé sous conditions");
    }

    @Test
    void filtersByTerritoryAndStatus() {
        browser.visit("/registre?lang=fr").choose("Territoire", "Besançon - Morteau - Pontarlier").choose("État du label", "Label suspendu")
                .press("Afficher les résultats");
        assertThat(browser.text(By.id("result-count"))).isEqualTo("1 structure correspond à la recherche.");
        assertThat(browser.text(By.cssSelector("table.results tbody"))).contains("France Travail – agence de Besançon");
        browser.follow("Effacer les filtres");
        assertThat(browser.currentPath()).isEqualTo("/registre");
    }

    @Test
    void opensAStructurePageWithItsStatusDatesAndHistory() {
        browser.visit("/registre?lang=fr&q=Nevers").follow("Cap emploi de la Nièvre");
        assertThat(browser.currentPath()).isEqualTo("/registre/CE-NEVERS");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Cap emploi de la Nièvre");
        assertThat(browser.text(By.id("label-status"))).isEqualTo("Label expiré");
        assertThat(browser.text(By.cssSelector("table.history tbody"))).contains("Label expiré").contains("Labellisé");
        assertThat(browser.text(By.cssSelector(".verification-url"))).isEqualTo("http://localhost:8080/registre/CE-NEVERS");
    }

    @Test
    void switchesToEnglishAndBackOnTheSamePage() {
        browser.visit("/registre/ML-DIJON?lang=fr");
        assertThat(browser.language()).isEqualTo("fr");
        browser.follow("English");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.currentPath()).isEqualTo("/registre/ML-DIJON?lang=en");
        assertThat(browser.text(By.id("label-status"))).isEqualTo("Labelled");
        browser.visit("/registre");
        assertThat(browser.text(By.tagName("h1"))).as("the choice is remembered").isEqualTo("Registry of labelled structures");
        browser.follow("Français");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Registre des structures labellisées");
    }

    @Test
    void pagesThroughResults() {
        browser.visit("/registre?lang=fr&territory=DIJON_BEAUNE&size=1");
        assertThat(browser.text(By.cssSelector("table.results caption"))).isEqualTo("Structures labellisées, page 1 sur 2");
        browser.follow("Page suivante");
        assertThat(browser.text(By.cssSelector("table.results caption"))).isEqualTo("Structures labellisées, page 2 sur 2");
        assertThat(browser.text(By.cssSelector("table.results tbody"))).contains("Mission locale de Dijon");
    }
}
