package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every back-office route, called by each role: officers and administrators pass, the CREFOP and
 * structures get 403, anonymous browsers are sent to the sign-in page. The table is checked
 * against the application's own route list, so a new route cannot be added without its line here.
 */
@BackOfficeTest
class BackOfficeRoutesTests {

    /** Each back-office route (method and pattern) with a concrete path to call it on. */
    static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("GET /back-office", "/back-office"),
            Map.entry("GET /back-office/campagnes", "/back-office/campagnes"),
            Map.entry("GET /back-office/campagnes/{campaign}", "/back-office/campagnes/2031"),
            Map.entry("POST /back-office/campagnes/nouvelle", "/back-office/campagnes/nouvelle"),
            Map.entry("POST /back-office/campagnes/{campaign}/cloture", "/back-office/campagnes/2031/cloture"),
            Map.entry("POST /back-office/campagnes/{campaign}/ouverture", "/back-office/campagnes/2031/ouverture"),
            Map.entry("POST /back-office/campagnes/{campaign}/reouvertures", "/back-office/campagnes/2031/reouvertures"),
            Map.entry("GET /back-office/imports", "/back-office/imports"),
            Map.entry("POST /back-office/imports", "/back-office/imports"),
            Map.entry("GET /back-office/imports/{id}", "/back-office/imports/inconnu"),
            Map.entry("GET /back-office/imports/{id}/rejets.csv", "/back-office/imports/inconnu/rejets.csv"),
            Map.entry("GET /back-office/evaluations", "/back-office/evaluations"),
            Map.entry("POST /back-office/evaluations", "/back-office/evaluations"),
            Map.entry("GET /back-office/evaluations/{jobId}", "/back-office/evaluations/987654"),
            Map.entry("GET /back-office/jobs/{jobId}", "/back-office/jobs/987654"),
            Map.entry("GET /back-office/revue", "/back-office/revue"),
            Map.entry("GET /back-office/revue/{campaign}/{structureId}", "/back-office/revue/2031/ML-DIJON"),
            Map.entry("POST /back-office/revue/{campaign}/{structureId}/decision", "/back-office/revue/2031/ML-DIJON/decision"),
            Map.entry("GET /back-office/documents/audit/{campaign}/{structureId}.pdf", "/back-office/documents/audit/2031/ML-DIJON.pdf"),
            Map.entry("GET /back-office/plans-actions", "/back-office/plans-actions"),
            Map.entry("POST /back-office/plans-actions/{campaign}/{structureId}/{criterion}/verification",
                    "/back-office/plans-actions/2031/ML-DIJON/NET-01/verification?lifted=true"),
            Map.entry("GET /back-office/echeances", "/back-office/echeances"));

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @BeforeEach
    void theFourRoles() {
        AccountFixture.createAll(users, encoder);
    }

    @Test
    void theTableHoldsEveryRouteOfTheBackOfficeModule() {
        // Rule sets and the audit trail live under /back-office too, in modules of their own, and the
        // module's JSON (GET /api/deadlines) answers as the API does: RouteAccessTests holds every
        // route of the application.
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> handler.getBeanType().getPackageName().equals(BackOfficeRoutesTests.class.getPackageName()))
                .filter(pattern -> pattern.startsWith("/back-office"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(method.name() + " " + pattern))));

        assertThat(routes).isEqualTo(new TreeSet<>(ROUTES.keySet()));
    }

    static Stream<String> routes() {
        return ROUTES.keySet().stream().sorted();
    }

    MockHttpServletRequestBuilder request(String route) {
        HttpMethod method = HttpMethod.valueOf(route.substring(0, route.indexOf(' ')));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, ROUTES.get(route));
        return method == HttpMethod.GET ? request : request.with(csrf());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void officersAndAdministratorsPass(String route) throws Exception {
        for (String username : new String[] {AccountFixture.OFFICER, AccountFixture.ADMIN}) {
            MvcResult result = mvc.perform(request(route).with(as(accounts, username))).andReturn();
            assertThat(result.getResponse().getStatus()).as(route + " as " + username).isNotIn(401, 403).isLessThan(500);
            assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as(route + " as " + username).doesNotContain("/login");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theCrefopAndStructuresAreRefused(String route) throws Exception {
        for (String username : new String[] {AccountFixture.CREFOP, AccountFixture.STRUCTURE}) {
            MvcResult result = mvc.perform(request(route).with(as(accounts, username))).andReturn();
            assertThat(result.getResponse().getStatus()).as(route + " as " + username).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anonymousBrowsersAreSentToSignIn(String route) throws Exception {
        MvcResult result = mvc.perform(request(route)).andReturn();
        assertThat(result.getResponse().getStatus()).as(route).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).as(route).endsWith("/login");
    }
}
