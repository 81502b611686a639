package fr.spro.label.security;

import static fr.spro.label.support.AccountFixture.ADMIN;
import static fr.spro.label.support.AccountFixture.CREFOP;
import static fr.spro.label.support.AccountFixture.OFFICER;
import static fr.spro.label.support.AccountFixture.PASSWORD;
import static fr.spro.label.support.AccountFixture.STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The table of SecurityConfiguration, route by route. "ok" means the request passed security:
 * what the feature then answers (200, 404 for an unknown id, 400 for a missing body...) is the
 * feature's business, but it is never 401, 403 nor a server error.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=registry-tests")
class AccessRulesTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired Journal journal;

    @BeforeEach
    void accounts() {
        AccountFixture.createAll(accounts, encoder);
    }

    static MockHttpServletRequestBuilder request(String method, String path) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "POST, /api/imports, officier-test, ok",
            "POST, /api/imports, admin-test, ok",
            "POST, /api/imports, crefop-test, 403",
            "POST, /api/imports, ml-dijon-test, 403",
            "POST, /api/campaigns, admin-test, ok",
            "POST, /api/campaigns, crefop-test, 403",
            "POST, /api/campaigns, ml-dijon-test, 403",
            "POST, /api/campaigns/2025/evaluations, officier-test, ok",
            "POST, /api/campaigns/2025/evaluations, ml-dijon-test, 403",
            "GET, /api/jobs/12, admin-test, ok",
            "GET, /api/jobs/12, crefop-test, 403",
            "GET, /api/campaigns/2025/evaluations, officier-test, ok",
            "GET, /api/campaigns/2025/evaluations, ml-dijon-test, 403",
            "GET, /api/campaigns/2025/evaluations/FT-BEAUNE, officier-test, ok",
            "GET, /api/campaigns/2025/evaluations/ML-DIJON, ml-dijon-test, ok",
            "GET, /api/campaigns/2025/evaluations/FT-BEAUNE, ml-dijon-test, 403",
            "GET, /api/campaigns/2025/evaluations/ML-DIJON/audit.pdf, ml-dijon-test, ok",
            "GET, /api/campaigns/2025/evaluations/FT-BEAUNE/audit.pdf, ml-dijon-test, 403",
            "GET, /api/campaigns/2025/evaluations/ML-DIJON, crefop-test, 403",
            "POST, /api/campaigns/2025/evaluations/ML-DIJON/decision, officier-test, ok",
            "POST, /api/campaigns/2025/evaluations/ML-DIJON/decision, ml-dijon-test, 403",
            "POST, /api/campaigns/2025/evaluations/ML-DIJON/decision, crefop-test, 403",
            "GET, /api/campaigns/2025/crefop-report.pdf, crefop-test, ok",
            "GET, /api/campaigns/2025/crefop-report.csv, officier-test, ok",
            "GET, /api/campaigns/2025/crefop-report.pdf, ml-dijon-test, 403",
            "GET, /api/not-a-route, admin-test, 403",
    })
    void apiRoutesCheckRoleAndOwnership(String method, String path, String username, String expected) throws Exception {
        mvc.perform(request(method, path).with(httpBasic(username, PASSWORD))).andExpect(verdict(expected));
    }

    @Test
    void theApiRefusesAMissingOrWrongPasswordWith401AndTheJsonError() throws Exception {
        mvc.perform(post("/api/imports"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/campaigns/2025/evaluations").with(httpBasic(OFFICER, "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void theApiAnswers403WithTheJsonErrorAndJournalsIt() throws Exception {
        mvc.perform(get("/api/campaigns/2025/evaluations/FT-BEAUNE").with(httpBasic(STRUCTURE, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        assertThat(journal.latest(JournalAction.ACCESS_DENIED, 50)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(STRUCTURE);
            assertThat(entry.subject()).isEqualTo("GET /api/campaigns/2025/evaluations/FT-BEAUNE");
            assertThat(entry.origin()).isEqualTo("127.0.0.1");
            assertThat(entry.at()).isNotNull();
        });
    }

    @Test
    void theApiIsStatelessAndNeedsNoCsrfToken() throws Exception {
        var result = mvc.perform(post("/api/campaigns/2025/evaluations").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(verdict("ok")).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "/mon-espace, ml-dijon-test, ok",
            "/mon-espace/auto-evaluation, officier-test, 403",
            "/back-office/campagnes, officier-test, ok",
            "/back-office/campagnes, admin-test, ok",
            "/back-office/campagnes, crefop-test, 403",
            "/back-office/campagnes, ml-dijon-test, 403",
            "/crefop/rapport, crefop-test, ok",
            "/crefop/rapport, officier-test, ok",
            "/crefop/rapport, ml-dijon-test, 403",
            "/admin/comptes, admin-test, ok",
            "/admin/comptes, officier-test, 403",
            "/documents/audit/2025/ML-DIJON, ml-dijon-test, ok",
            "/documents/audit/2025/FT-BEAUNE, ml-dijon-test, 403",
            "/documents/audit/2025/FT-BEAUNE, crefop-test, ok",
            "/documents/certificate/2025/ML-DIJON.pdf, ml-dijon-test, ok",
            "/documents/certificate/2025/FT-BEAUNE.pdf, ml-dijon-test, 403",
            "/documents/certificate/2025/FT-BEAUNE.pdf, officier-test, ok",
            "/somewhere-else, admin-test, 403",
    })
    void browserRoutesCheckRoleAndOwnership(String path, String username, String expected) throws Exception {
        mvc.perform(get(path).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(new AccountPrincipal(accounts.findByUsername(username).orElseThrow()))))
                .andExpect(verdict(expected));
    }

    /** "ok": security let the request through and the feature answered without failing. */
    static ResultMatcher verdict(String expected) {
        if (!"ok".equals(expected)) {
            return status().is(Integer.parseInt(expected));
        }
        return result -> assertThat(result.getResponse().getStatus())
                .as("passed security and did not fail").isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void anonymousBrowsersAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/back-office/campagnes"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aRefusedBrowserRequestIsJournaledWithItsAddress() throws Exception {
        mvc.perform(get("/admin/comptes").with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                }).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(new AccountPrincipal(accounts.findByUsername(CREFOP).orElseThrow()))))
                .andExpect(status().isForbidden());
        assertThat(journal.latest(JournalAction.ACCESS_DENIED, 50)).extracting(JournalEntry::actor, JournalEntry::subject,
                JournalEntry::origin).contains(org.assertj.core.groups.Tuple.tuple(CREFOP, "GET /admin/comptes", "192.0.2.7"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        UserAccount account = accounts.findByUsername(ADMIN).orElseThrow();
        assertThat(account.passwordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, account.passwordHash())).isTrue();
    }
}
