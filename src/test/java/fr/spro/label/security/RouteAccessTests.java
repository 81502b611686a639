package fr.spro.label.security;

import static fr.spro.label.security.RouteAccessTests.Access.ADMIN_ONLY;
import static fr.spro.label.security.RouteAccessTests.Access.CREFOP_READERS;
import static fr.spro.label.security.RouteAccessTests.Access.EVERYONE;
import static fr.spro.label.security.RouteAccessTests.Access.NOBODY;
import static fr.spro.label.security.RouteAccessTests.Access.OFFICERS;
import static fr.spro.label.security.RouteAccessTests.Access.OWNER_OR_OFFICERS;
import static fr.spro.label.security.RouteAccessTests.Access.OWNER_OR_STAFF;
import static fr.spro.label.security.RouteAccessTests.Access.SIGNED_IN;
import static fr.spro.label.security.RouteAccessTests.Access.STRUCTURE_ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RegistryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Every route of the application, found at run time (the handler methods of every Spring MVC
 * mapping, actuator's included, the URL mappings such as view controllers, the static folders,
 * and the sign-in and sign-out the security filters answer), called by each kind of caller —
 * nobody, the STRUCTURE account owning the structure, the STRUCTURE account of another structure,
 * an officer, the CREFOP, an administrator —
 * and, where the path names a structure, by a STRUCTURE account with another structure's id. Each
 * answer must be what {@link #EXPECTED} says. A route the table does not name fails, so a new route
 * cannot forget its check.
 *
 * <p>"Allowed" means the request passed security: whatever the route then answers (200, a redirect,
 * 400 for the sample values, 404 for data that does not exist) but 401, 403, a redirect to the
 * sign-in page, or a server error. "Refused" means 401 for the API and a redirect to the sign-in page
 * for browsers when nobody is signed in, 403 for a signed-in account (403 or 404 for another
 * structure's id, never data).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=registry-tests")
class RouteAccessTests {

    /** Who may call a route. */
    enum Access {
        /** Anyone, signed in or not. */
        EVERYONE(EnumSet.allOf(Caller.class), false),
        /** Any signed-in account. */
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)), false),
        /** STRUCTURE accounts, each in its own space (the structure comes from the account, not the URL). */
        STRUCTURE_ACCOUNTS(EnumSet.of(Caller.OWNER, Caller.OTHER_STRUCTURE), false),
        /** Officers and administrators. */
        OFFICERS(EnumSet.of(Caller.OFFICER, Caller.ADMIN), false),
        /** Officers, administrators, and the STRUCTURE account bound to the {structureId} of the path. */
        OWNER_OR_OFFICERS(EnumSet.of(Caller.OFFICER, Caller.ADMIN), true),
        /** Officers, administrators, the CREFOP, and the STRUCTURE account bound to the {structureId} of the path. */
        OWNER_OR_STAFF(EnumSet.of(Caller.OFFICER, Caller.ADMIN, Caller.CREFOP), true),
        /** The CREFOP, officers and administrators (read-only pages and reports). */
        CREFOP_READERS(EnumSet.of(Caller.CREFOP, Caller.OFFICER, Caller.ADMIN), false),
        ADMIN_ONLY(EnumSet.of(Caller.ADMIN), false),
        NOBODY(EnumSet.noneOf(Caller.class), false);

        private final Set<Caller> callers;
        private final boolean owner;

        Access(Set<Caller> callers, boolean owner) {
            this.callers = callers;
            this.owner = owner;
        }

        /** @param ownsPathStructure the caller is the STRUCTURE account bound to the path's {structureId} */
        boolean allows(Caller caller, boolean ownsPathStructure) {
            return callers.contains(caller) || owner && ownsPathStructure;
        }
    }

    /** The callers every route is tried with. */
    enum Caller {
        ANONYMOUS(null), OWNER(AccountFixture.STRUCTURE), OTHER_STRUCTURE(OTHER_STRUCTURE_ACCOUNT),
        OFFICER(AccountFixture.OFFICER), CREFOP(AccountFixture.CREFOP), ADMIN(AccountFixture.ADMIN);

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    static final String OWNED = RegistryFixture.LABELLED;
    static final String NOT_OWNED = "FT-BEAUNE";
    static final String OTHER_STRUCTURE_ACCOUNT = "ft-beaune-test";

    /**
     * THE table: every route ("METHOD pattern" as the application declares it; ANY for a handler
     * that takes every method) and who may call it. Add a line with each new route.
     */
    static final Map<String, Access> EXPECTED = table(
            // ---- public pages, open data, API description, sign-in and sign-out
            "GET /", EVERYONE,
            "GET /accessibilite", EVERYONE,
            "GET /comment-le-label-est-attribue", EVERYONE,
            "GET /registre", EVERYONE,
            "GET /registre/{structureId}", EVERYONE,
            "GET /registry.csv", EVERYONE,
            "GET /registry.json", EVERYONE,
            "GET /v3/api-docs", EVERYONE,
            "GET /v3/api-docs.yaml", EVERYONE,
            "GET /login", EVERYONE,
            "POST /login", EVERYONE,
            // The logout filter answers before any access rule: signing out when signed out changes nothing.
            "POST /logout", EVERYONE,
            "ANY /error", EVERYONE,
            "GET /css/**", EVERYONE,
            "GET /js/**", EVERYONE,
            "GET /actuator/health", EVERYONE,
            "GET /actuator/health/**", EVERYONE,
            "GET /actuator", NOBODY,
            // ---- JSON API (HTTP Basic)
            "GET /api/registry", EVERYONE,
            "GET /api/registry/{structureId}", EVERYONE,
            "GET /api/rules", EVERYONE,
            "POST /api/imports", OFFICERS,
            "POST /api/campaigns", OFFICERS,
            "POST /api/campaigns/{campaign}/evaluations", OFFICERS,
            "GET /api/jobs", OFFICERS,
            "GET /api/jobs/{jobId}", OFFICERS,
            "GET /api/campaigns/{campaign}/evaluations", OFFICERS,
            "GET /api/campaigns/{campaign}/evaluations/{structureId}", OWNER_OR_OFFICERS,
            "GET /api/campaigns/{campaign}/evaluations/{structureId}/audit.pdf", OWNER_OR_OFFICERS,
            "POST /api/campaigns/{campaign}/evaluations/{structureId}/decision", OFFICERS,
            "GET /api/campaigns/{campaign}/crefop-report.pdf", CREFOP_READERS,
            "GET /api/campaigns/{campaign}/crefop-report.csv", CREFOP_READERS,
            "GET /api/deadlines", OFFICERS,
            // ---- documents
            "GET /documents/audit/{campaign}/{structureId}", OWNER_OR_STAFF,
            "GET /documents/certificate/{campaign}/{structureId}.pdf", OWNER_OR_STAFF,
            // ---- structure space: the structure is the account's, never the URL's
            "GET /mon-espace", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/auto-evaluation", STRUCTURE_ACCOUNTS,
            "POST /mon-espace/auto-evaluation", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/auto-evaluation/soumettre", STRUCTURE_ACCOUNTS,
            "POST /mon-espace/auto-evaluation/soumettre", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/activite", STRUCTURE_ACCOUNTS,
            "POST /mon-espace/activite", STRUCTURE_ACCOUNTS,
            "POST /mon-espace/activite/fichier", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/resultats", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/resultats/{campaign:\\d{4}}", STRUCTURE_ACCOUNTS,
            "POST /mon-espace/resultats/{campaign:\\d{4}}/actions/{criterion:[A-Z]{3}-\\d{2}}", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/documents/{campaign:\\d{4}}/audit.pdf", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/justificatifs/{fileId:[0-9a-f]{64}}", STRUCTURE_ACCOUNTS,
            "POST /mon-espace/resultats/{campaign:\\d{4}}/explication", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/explications/{campaign:\\d{4}}", STRUCTURE_ACCOUNTS,
            "GET /mon-espace/explications/{campaign:\\d{4}}/explication.pdf", STRUCTURE_ACCOUNTS,
            // ---- back office: campaigns, imports, evaluation job, review and decisions, action plans
            "GET /back-office", OFFICERS,
            "GET /back-office/campagnes", OFFICERS,
            "GET /back-office/campagnes/{campaign}", OFFICERS,
            "POST /back-office/campagnes/nouvelle", OFFICERS,
            "POST /back-office/campagnes/{campaign}/cloture", OFFICERS,
            "POST /back-office/campagnes/{campaign}/ouverture", OFFICERS,
            "POST /back-office/campagnes/{campaign}/reouvertures", OFFICERS,
            "GET /back-office/imports", OFFICERS,
            "POST /back-office/imports", OFFICERS,
            "GET /back-office/imports/{id}", OFFICERS,
            "GET /back-office/imports/{id}/rejets.csv", OFFICERS,
            "GET /back-office/evaluations", OFFICERS,
            "POST /back-office/evaluations", OFFICERS,
            "GET /back-office/evaluations/{jobId}", OFFICERS,
            "GET /back-office/jobs/{jobId}", OFFICERS,
            "GET /back-office/revue", OFFICERS,
            "GET /back-office/revue/{campaign}/{structureId}", OFFICERS,
            "POST /back-office/revue/{campaign}/{structureId}/decision", OFFICERS,
            "GET /back-office/documents/audit/{campaign}/{structureId}.pdf", OFFICERS,
            "GET /back-office/plans-actions", OFFICERS,
            "POST /back-office/plans-actions/{campaign}/{structureId}/{criterion}/verification", OFFICERS,
            "GET /back-office/echeances", OFFICERS,
            // ---- back office: rule sets and audit trail
            "GET /back-office/regles", OFFICERS,
            "GET /back-office/regles/fichiers/{fileName}", OFFICERS,
            "POST /back-office/regles/brouillons", ADMIN_ONLY,
            "GET /back-office/regles/parametres", OFFICERS,
            "POST /back-office/regles/parametres", OFFICERS,
            "GET /back-office/regles/brouillons/{draftId}", OFFICERS,
            "GET /back-office/regles/brouillons/{draftId}/fichiers/{fileName}", OFFICERS,
            "GET /back-office/regles/brouillons/{draftId}/simulation", OFFICERS,
            "POST /back-office/regles/brouillons/{draftId}/activation", OFFICERS,
            "POST /back-office/regles/brouillons/{draftId}/suppression", OFFICERS,
            "GET /back-office/journal", OFFICERS,
            "GET /back-office/explications", OFFICERS,
            "GET /back-office/explications/{campaign:\\d{4}}/{structureId}", OFFICERS,
            "POST /back-office/explications/{campaign:\\d{4}}/{structureId}/envoi", OFFICERS,
            "GET /back-office/explications/{campaign:\\d{4}}/{structureId}/explication.pdf", OFFICERS,
            // ---- CREFOP space (read-only)
            "GET /crefop", CREFOP_READERS,
            "GET /crefop/campagnes/{campaign}/rapport.pdf", CREFOP_READERS,
            "GET /crefop/campagnes/{campaign}/rapport.csv", CREFOP_READERS);

    /** Values for path variables: a campaign no job may launch, ids that exist nowhere. */
    static final Map<String, String> SAMPLE_VALUES = Map.of("structureId", OWNED, "campaign", "x", "fileName", "acc.drl",
            "fileId", "0".repeat(64), "criterion", "NET-01");
    static final String ANY_OTHER_VALUE = "x";

    /** Answered by security filters, not by a handler method. */
    static final List<String> FILTER_ROUTES = List.of("POST /login", "POST /logout");
    /** The error page answers 500 when called directly, with no error to show: that is its job. */
    static final Set<String> MAY_ANSWER_5XX = Set.of("ANY /error");

    /** A file of each static folder, by its route ("GET /css/**" to "/css/app.css"). */
    private final Map<String, String> staticFiles = new LinkedHashMap<>();

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void accounts() {
        AccountFixture.createAll(accounts, encoder);
        AccountFixture.create(accounts, encoder, OTHER_STRUCTURE_ACCOUNT, Role.STRUCTURE, NOT_OWNED);
    }

    static Map<String, Access> table(Object... routesAndAccess) {
        Map<String, Access> table = new LinkedHashMap<>();
        for (int i = 0; i < routesAndAccess.length; i += 2) {
            if (table.put((String) routesAndAccess[i], (Access) routesAndAccess[i + 1]) != null) {
                throw new IllegalStateException("route listed twice: " + routesAndAccess[i]);
            }
        }
        return table;
    }

    /** Every route of the running application, as "METHOD pattern". */
    Set<String> routes() throws IOException {
        Set<String> routes = new TreeSet<>(FILTER_ROUTES);
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("ANY " + pattern);
                    }
                    methods.forEach(method -> routes.add(method.name() + " " + pattern));
                }
            }
        }
        // URL mappings (view controllers, redirects, a servlet's own): every method, since they name none.
        // Resource handlers ("/**") are the static folders, listed one by one below.
        for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (!(handler instanceof ResourceHttpRequestHandler)) {
                    routes.add("ANY " + pattern);
                }
            });
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.*")) {
            String path = resource.getURL().toString();
            String file = path.substring(path.lastIndexOf("/static/") + "/static/".length());
            String route = "GET /" + file.split("/")[0] + "/**";
            routes.add(route);
            staticFiles.putIfAbsent(route.substring(4), "/" + file);
        }
        return routes;
    }

    @Test
    void everyRouteOfTheApplicationIsInTheTable() throws IOException {
        Set<String> missing = new TreeSet<>(routes());
        missing.removeAll(EXPECTED.keySet());
        assertThat(missing).as("routes without a line in RouteAccessTests.EXPECTED: say who may call them").isEmpty();
    }

    @Test
    void theTableNamesOnlyRoutesThatExist() throws IOException {
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(routes());
        assertThat(stale).as("lines of RouteAccessTests.EXPECTED for routes that no longer exist").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachCallerAsTheTableSays() throws IOException {
        // Routes found before any test runs, so the static folders' files are known.
        return routes().stream().filter(EXPECTED::containsKey)
                .map(route -> DynamicTest.dynamicTest(route, () -> assertThat(mismatches(route, EXPECTED.get(route))).isEmpty()));
    }

    @Test
    void theCheckFailsWhenTheTableIsWrong() throws Exception {
        routes();
        assertThat(mismatches("GET /crefop", EVERYONE)).as("anonymous and STRUCTURE accounts are refused /crefop")
                .anySatisfy(m -> assertThat(m).startsWith("ANONYMOUS")).anySatisfy(m -> assertThat(m).startsWith("OWNER"));
        assertThat(mismatches("GET /back-office/journal", NOBODY)).as("officers are let in").isNotEmpty();
        assertThat(mismatches("GET /api/campaigns/{campaign}/evaluations/{structureId}", OFFICERS))
                .as("the owner is let in").anySatisfy(m -> assertThat(m).startsWith("OWNER"));
    }

    /** What differs from the table for one route, one line per caller; empty when everything matches. */
    List<String> mismatches(String route, Access access) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String pattern = route.substring(route.indexOf(' ') + 1);
        boolean namesStructure = pattern.contains("{structureId}");
        List<String> mismatches = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            boolean owns = caller == Caller.OWNER && namesStructure;
            check(route, method, path(pattern, OWNED), caller, access.allows(caller, owns), mismatches);
        }
        if (namesStructure) {
            check(route, method, path(pattern, NOT_OWNED), Caller.OWNER, access.allows(Caller.OWNER, false), mismatches);
        }
        return mismatches;
    }

    private void check(String route, String method, String path, Caller caller, boolean allowed, List<String> mismatches)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request(method, path, caller)).andReturn().getResponse();
        int status = response.getStatus();
        boolean api = path.startsWith("/api/");
        boolean toSignIn = status == 302 && response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login");
        boolean refused = status == 401 || status == 403 || toSignIn;
        String answer = caller + " " + method + " " + path + " -> " + status + (toSignIn ? " (sign-in page)" : "");
        if (allowed) {
            if (refused) {
                mismatches.add(answer + ": refused, but the table lets it in");
            } else if (status >= 500 && !MAY_ANSWER_5XX.contains(route)) {
                mismatches.add(answer + ": a server error");
            }
            return;
        }
        boolean expected;
        if (caller == Caller.ANONYMOUS) {
            expected = api ? status == 401 : toSignIn;
        } else {
            expected = status == 403 || caller == Caller.OWNER && !path.contains(OWNED) && status == 404;
        }
        if (!expected) {
            mismatches.add(answer + ": should be refused (" + (caller == Caller.ANONYMOUS ? (api ? "401" : "sign-in page") : "403") + ")");
        }
    }

    private MockHttpServletRequestBuilder request(String method, String path, Caller caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                HttpMethod.valueOf("ANY".equals(method) ? "GET" : method), path);
        boolean api = path.startsWith("/api/");
        if (caller.username != null) {
            request.with(api ? httpBasic(caller.username, AccountFixture.PASSWORD) : SignedIn.as(accounts, caller.username));
        }
        if (!api && !"GET".equals(method) && !"ANY".equals(method)) {
            request.with(csrf());
        }
        return request;
    }

    /** A path variable, with or without a regular expression (which may hold braces itself: {@code {campaign:\d{4}}}). */
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}/:]+)(?::(?:[^{}]|\\{[^{}]*})*)?}");

    /** A concrete path for the pattern: sample values, the given structure, a file of a static folder. */
    String path(String pattern, String structureId) {
        if (staticFiles.containsKey(pattern)) {
            return staticFiles.get(pattern);
        }
        Matcher variables = VARIABLE.matcher(pattern.replace("/**", "/" + ANY_OTHER_VALUE));
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String value = name.equals("structureId") ? structureId : SAMPLE_VALUES.getOrDefault(name, ANY_OTHER_VALUE);
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString();
    }
}
