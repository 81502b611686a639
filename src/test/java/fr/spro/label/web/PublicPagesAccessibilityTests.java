package fr.spro.label.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.registry.Registry;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.RegistryFixture;
import fr.spro.label.support.browser.Axe;
import fr.spro.label.support.browser.Browser;
import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core finds no WCAG 2.1 A/AA violation on any public page, in French and in English. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesAccessibilityTests {

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

    static Stream<String> publicPages() {
        return Stream.of("/", "/registre", "/registre?territory=DIJON_BEAUNE&size=1", "/registre?q=introuvable",
                "/registre?status=EXPIRE&sort=validUntil",
                "/registre/" + RegistryFixture.LABELLED, "/registre/" + RegistryFixture.UNDER_CONDITIONS,
                "/registre/" + RegistryFixture.SUSPENDED, "/registre/" + RegistryFixture.EXPIRED,
                "/accessibilite", "/login", "/login?error", "/login?locked", "/login?logout",
                "/registre/INCONNUE", "/registre?size=500")
                .flatMap(path -> Stream.of(withLanguage(path, "fr"), withLanguage(path, "en")));
    }

    static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    @Test
    void theCheckFailsOnAPageWithViolations() {
        browser.visit("/registre");
        browser.driver().get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThatThrownBy(() -> Axe.assertNoViolations(browser)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("html-has-lang").hasMessageContaining("label");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicPages")
    void hasNoWcag21AaViolation(String path) {
        Axe.assertNoViolations(browser.visit(path));
    }
}
