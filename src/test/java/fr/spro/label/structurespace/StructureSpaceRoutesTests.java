package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Actor;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decisions;
import fr.spro.label.review.Review;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the structure space, found in the application's own mappings, called by each
 * role and with another structure's ids: anonymous visitors are sent to sign in, the other roles
 * are refused, the STRUCTURE account gets through — and never reaches another structure's data
 * whatever it puts in the path or the parameters. A route missing from {@link #ROUTES} fails the
 * first test, so a new route cannot skip these checks.
 */
@StructureSpaceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureSpaceRoutesTests {

    static final String OWN = "ML-ROUTES-A";
    static final String OTHER = "ML-ROUTES-B";
    static final String CAMPAIGN = SpaceFixture.CAMPAIGN;

    /** The ids a request names: the signed-in structure's own, or another structure's. */
    record Ids(String structureId, String fileId) {
    }

    record Route(String method, String pattern, Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request) {

        String key() {
            return method + " " + pattern;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static MockMultipartHttpServletRequestBuilder form(String path, Ids ids) {
        MockMultipartHttpServletRequestBuilder form = multipart(path);
        form.param("structureId", ids.structureId()).param("structure_id", ids.structureId());
        return form;
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/mon-espace", ids -> get("/mon-espace").param("structureId", ids.structureId())),
            new Route("GET", "/mon-espace/auto-evaluation", ids -> get("/mon-espace/auto-evaluation").param("structureId", ids.structureId())),
            new Route("POST", "/mon-espace/auto-evaluation", ids -> form("/mon-espace/auto-evaluation", ids)
                    .param("answers[free_of_charge]", "false").param("action", "draft")),
            new Route("GET", "/mon-espace/auto-evaluation/soumettre",
                    ids -> get("/mon-espace/auto-evaluation/soumettre").param("structureId", ids.structureId())),
            new Route("POST", "/mon-espace/auto-evaluation/soumettre", ids -> form("/mon-espace/auto-evaluation/soumettre", ids)),
            new Route("GET", "/mon-espace/activite", ids -> get("/mon-espace/activite").param("structureId", ids.structureId())),
            new Route("POST", "/mon-espace/activite", ids -> form("/mon-espace/activite", ids).param("figures[people_received]", "7")),
            new Route("POST", "/mon-espace/activite/fichier", ids -> form("/mon-espace/activite/fichier", ids).file(new MockMultipartFile("file", "activite.csv", "text/csv",
                    ("structure_id;campaign;people_received\n" + ids.structureId() + ";" + CAMPAIGN + ";7\n").getBytes(StandardCharsets.UTF_8)))),
            new Route("GET", "/mon-espace/resultats", ids -> get("/mon-espace/resultats").param("structureId", ids.structureId())),
            new Route("GET", "/mon-espace/resultats/{campaign:\\d{4}}",
                    ids -> get("/mon-espace/resultats/" + CAMPAIGN).param("structureId", ids.structureId())),
            new Route("POST", "/mon-espace/resultats/{campaign:\\d{4}}/actions/{criterion:[A-Z]{3}-\\d{2}}",
                    ids -> form("/mon-espace/resultats/" + CAMPAIGN + "/actions/NET-01", ids).param("response", "Réponse d'une autre structure")),
            new Route("GET", "/mon-espace/documents/{campaign:\\d{4}}/audit.pdf",
                    ids -> get("/mon-espace/documents/" + CAMPAIGN + "/audit.pdf").param("structureId", ids.structureId())),
            new Route("GET", "/mon-espace/justificatifs/{fileId:[0-9a-f]{64}}", ids -> get("/mon-espace/justificatifs/" + ids.fileId())),
            new Route("POST", "/mon-espace/resultats/{campaign:\\d{4}}/explication",
                    ids -> form("/mon-espace/resultats/" + CAMPAIGN + "/explication", ids).param("message", "Demande d'une autre structure")),
            new Route("GET", "/mon-espace/explications/{campaign:\\d{4}}",
                    ids -> get("/mon-espace/explications/" + CAMPAIGN).param("structureId", ids.structureId())),
            new Route("GET", "/mon-espace/explications/{campaign:\\d{4}}/explication.pdf",
                    ids -> get("/mon-espace/explications/" + CAMPAIGN + "/explication.pdf").param("structureId", ids.structureId())));

    @Autowired WebApplicationContext context;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired SelfAssessmentWorkflow workflow;
    @Autowired SelfAssessments assessments;
    @Autowired EvidenceStore evidence;
    @Autowired ActivityReports activity;
    @Autowired Evaluations evaluations;
    @Autowired CurrentEvaluations current;
    @Autowired Decisions decisions;
    @Autowired Review review;
    @Autowired Clock clock;

    MockMvc mvc;
    Ids own;
    Ids other;

    /** Two structures: this test's own (a draft with a file), and another one, evaluated, decided, with a file and figures. */
    @BeforeAll
    void twoStructures() {
        mvc = Space.of(context, OWN, "ml-routes-a").mvc();
        Space.of(context, OTHER, "ml-routes-b");
        AccountFixture.createAll(accounts, encoder);
        own = new Ids(OWN, storeDraftWithFile(OWN, "ml-routes-a"));
        other = new Ids(OTHER, storeDraftWithFile(OTHER, "ml-routes-b"));
        workflow.submit(OTHER, CAMPAIGN, new Actor("ml-routes-b", null));
        activity.save(new ActivityReport(ActivityReport.idOf(OTHER, CAMPAIGN), OTHER, CAMPAIGN, 500, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        CurrentEvaluationFixture.saveCurrent(context, SpaceFixture.underConditions(OTHER, CAMPAIGN));
        decisions.deleteById(fr.spro.label.review.Decision.idOf(OTHER, CAMPAIGN));
        review.decide(OTHER, CAMPAIGN, null, null, new Actor("officier-test", null), LocalDate.now(clock));
    }

    private String storeDraftWithFile(String structureId, String username) {
        assessments.deleteById(SelfAssessment.idOf(structureId, CAMPAIGN));
        EvidenceRef file = evidence.store("registre-" + structureId + ".pdf",
                ("%PDF-1.4\n% registre de " + structureId + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(SpaceFixture.allAnswered());
        answers.put("accessibility_register", new Answer("true", null, List.of(file)));
        workflow.saveDraft(structureId, CAMPAIGN, answers, new Actor(username, null));
        return file.fileId();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    Stream<Route> routes() {
        return ROUTES.stream();
    }

    Stream<Arguments> routesAndOtherRoles() {
        return ROUTES.stream().flatMap(route -> Stream.of(AccountFixture.OFFICER, AccountFixture.CREFOP, AccountFixture.ADMIN)
                .map(username -> Arguments.of(route, username)));
    }

    @Test
    void everyRouteOfTheSpaceIsInTheTable() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach((RequestMappingInfo info) -> info.getPathPatternsCondition().getPatternValues()
                .stream().filter(pattern -> pattern.startsWith("/mon-espace"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + pattern))));

        assertThat(mapped).isNotEmpty().isEqualTo(ROUTES.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0} anonymous")
    @MethodSource("routes")
    void anAnonymousVisitorIsSentToSignIn(Route route) throws Exception {
        MockHttpServletResponse response = mvc.perform(route.request().apply(own).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndOtherRoles")
    void everyOtherRoleIsRefused(Route route, String username) throws Exception {
        assertThat(mvc.perform(route.request().apply(own).with(as(username)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} own structure")
    @MethodSource("routes")
    void theStructureAccountGetsThrough(Route route) throws Exception {
        int status = mvc.perform(route.request().apply(own).with(as("ml-routes-a")).with(csrf())).andReturn().getResponse().getStatus();

        assertThat(status).isNotIn(401, 403).isLessThan(500);
    }

    @ParameterizedTest(name = "{0} with another structure's ids")
    @MethodSource("routes")
    void neverReachesAnotherStructuresData(Route route) throws Exception {
        String before = snapshotOfTheOtherStructure();

        MockHttpServletResponse response = mvc.perform(route.request().apply(other).with(as("ml-routes-a")).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isLessThan(500);
        // What only the other structure's records hold: its name, its evaluation, its file (its id may come back
        // in a refusal that quotes what was sent).
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Mission locale " + OTHER)
                .doesNotContain("Participation à 2 réunions territoriales");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("registre de " + OTHER);
        assertThat(snapshotOfTheOtherStructure()).isEqualTo(before);
    }

    Stream<Route> postRoutes() {
        return ROUTES.stream().filter(route -> route.method().equals("POST"));
    }

    @ParameterizedTest(name = "{0} without CSRF token")
    @MethodSource("postRoutes")
    void everyFormRefusesAPostWithoutItsCsrfTokenAndChangesNothing(Route route) throws Exception {
        String before = snapshotOf(OWN);

        assertThat(mvc.perform(route.request().apply(own).with(as("ml-routes-a"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(snapshotOf(OWN)).isEqualTo(before);
    }

    @Test
    void anAccountWhoseStructureIsNotInTheDirectoryGets404AndNoData() throws Exception {
        AccountFixture.create(accounts, encoder, "ml-hors-annuaire", fr.spro.label.security.Role.STRUCTURE, "ML-HORS-ANNUAIRE");

        MockHttpServletResponse response = mvc.perform(get("/mon-espace").with(as("ml-hors-annuaire"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("Mission locale");
    }

    @Test
    void anotherStructuresFileAnswers404LikeAFileThatDoesNotExist() throws Exception {
        assertThat(mvc.perform(get("/mon-espace/justificatifs/" + other.fileId()).with(as("ml-routes-a"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/mon-espace/justificatifs/" + "0".repeat(64)).with(as("ml-routes-a"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/mon-espace/justificatifs/" + other.fileId()).with(as("ml-routes-b"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theOtherStructuresDocumentsOutsideTheSpaceAreRefused() throws Exception {
        assertThat(mvc.perform(get("/documents/audit/" + CAMPAIGN + "/" + OTHER).with(as("ml-routes-a"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/documents/certificate/" + CAMPAIGN + "/" + OTHER + ".pdf").with(as("ml-routes-a")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/documents/audit/" + CAMPAIGN + "/" + OTHER).with(as("ml-routes-b"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    /** Everything of the other structure a request could read or change, as text. */
    private String snapshotOfTheOtherStructure() {
        return snapshotOf(OTHER);
    }

    private String snapshotOf(String structureId) {
        return assessments.findById(SelfAssessment.idOf(structureId, CAMPAIGN)).map(Object::toString).orElse("-") + "\n"
                + activity.findByStructureIdAndCampaign(structureId, CAMPAIGN).map(Object::toString).orElse("-") + "\n"
                + evaluations.findById(Evaluation.idOf(structureId, CAMPAIGN)).map(Object::toString).orElse("-");
    }
}
