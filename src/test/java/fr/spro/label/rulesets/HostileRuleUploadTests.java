package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.HostileRules;
import fr.spro.label.support.HostileRules.HostileFile;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RuleSetFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * An administrator's upload of the rule folder with one hostile file (corpus of {@link HostileRules})
 * is answered 422 with the refusal of that file listed on the page — file, line, French construct —
 * and no draft is stored; nothing of the file runs. A rule set with a hostile file stored as
 * activated (by another instance, say) is refused when this instance looks for it, and the rules in
 * force stay. Rules that loop for one structure only pass the upload's sample check and are stopped,
 * naming the rule, when the what-if evaluates that structure.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=hostile-upload-tests")
class HostileRuleUploadTests {

    private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);
    private static final Duration LIMIT = Duration.ofSeconds(180);

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired RuleEngine engine;
    @Autowired RuleSets ruleSets;
    @Autowired RuleSetStore store;
    @Autowired WhatIf whatIf;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;
    @Autowired Structures structures;
    @Autowired SelfAssessments selfAssessments;
    @Autowired ActivityReports activity;
    @Autowired EvaluationStore evaluationStore;

    RequestPostProcessor admin;

    static List<HostileFile> corpus() {
        return HostileRules.corpus();
    }

    /** The runaway files that stop on the sample structures themselves, quickly: not those the engine cannot stop. */
    static List<HostileFile> runawaysStoppedOnTheSamples() {
        return HostileRules.runaways().stream()
                .filter(f -> List.of("endless-firing.drl", "ping-pong.drl").contains(f.name())).toList();
    }

    @BeforeAll
    static void noMarkerYet() {
        HostileRules.emptyMarkers();
    }

    @BeforeEach
    void signIn() {
        AccountFixture.createAll(accounts, encoder);
        admin = SignedIn.as(accounts, AccountFixture.ADMIN);
    }

    @AfterEach
    void nothingRanAndNothingStays(TestInfo test) {
        mongo.dropCollection(RuleSetActivation.class);
        mongo.dropCollection(RuleSetDraft.class);
        assertThat(HostileRules.markers()).as("code of a hostile file ran during %s (marker left in %s)",
                test.getDisplayName(), HostileRules.MARKERS).isEmpty();
    }

    @AfterAll
    static void noMarkerAfterEveryUpload() {
        assertThat(HostileRules.markers()).as("marker left in %s", HostileRules.MARKERS).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anUploadWithItIsAnsweredWithItsRefusalAndNoDraft(HostileFile hostile) {
        MockHttpServletResponse response = upload(hostile.inBundledSet("envoi"));

        assertThat(response.getStatus()).as("%s\n%s", hostile.expectation(), problemsOn(response)).isEqualTo(422);
        assertThat(hostile.refusalIn(problemsOn(response))).as("%s ; la page liste :\n%s", hostile.expectation(), problemsOn(response))
                .isPresent();
        assertThat(store.drafts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runawaysStoppedOnTheSamples")
    void anUploadWithRulesThatRunAwayIsRefusedByTheSampleCheckNamingTheRule(HostileFile hostile) {
        MockHttpServletResponse response = upload(hostile.inBundledSet("envoi"));

        assertThat(response.getStatus()).as("%s\n%s", hostile.expectation(), problemsOn(response)).isEqualTo(422);
        assertThat(hostile.refusalIn(problemsOn(response))).as("%s ; la page liste :\n%s", hostile.expectation(), problemsOn(response))
                .isPresent();
        assertThat(problemsOn(response)).contains("sur les structures d'essai");
        assertThat(store.drafts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aRuleSetWithItStoredAsActivatedIsRefusedAndTheRulesInForceStay(HostileFile hostile) {
        RuleSet before = engine.active();
        store.save(new RuleSetActivation(null, "2025.9", "hostile-" + hostile.name(),
                hostile.inBundledSet("base de données").entrySet().stream().map(f -> new RuleFile(f.getKey(), f.getValue())).toList(),
                AccountFixture.ADMIN, Instant.parse("2026-01-10T08:00:00Z"), before.version(), before.fingerprint()));

        AtomicReference<RuleSet> inForce = new AtomicReference<>();
        Throwable failed = within(() -> inForce.set(engine.inForce()));

        assertThat(failed).as("the rules in force stay (%s)", failed).isNull();
        assertThat(inForce.get().fingerprint()).isEqualTo(before.fingerprint());
        assertThat(inForce.get().files()).doesNotContainKey(hostile.name());
        assertThat(engine.active().files()).doesNotContainKey(hostile.name());
    }

    /**
     * The draft passes the upload (its rules only loop for ML-DIJON, absent from the sample
     * structures); the what-if on campaign 2025, where ML-DIJON is stored, lists it as a failure
     * naming the rule, and evaluates the other structure.
     */
    @Test
    void rulesThatLoopForOneStructureOnlyAreStoppedInTheWhatIfNamingTheRule() {
        HostileFile hostile = HostileRules.file("only-for-one-structure.drl");
        campaigns.ensure(2025);
        store(RuleSetFixtures.conformingMember("ML-DIJON"));
        store(RuleSetFixtures.conformingMember("ML-BEAUNE"));

        MockHttpServletResponse response = upload(hostile.inBundledSet("simulation"));
        assertThat(response.getStatus()).as("the upload passes the sample check: %s", problemsOn(response)).isEqualTo(302);
        String draftId = response.getRedirectedUrl().substring(response.getRedirectedUrl().lastIndexOf('/') + 1);
        RuleSet draft = ruleSets.compiled(ruleSets.draft(draftId));

        AtomicReference<WhatIfReport> report = new AtomicReference<>();
        Throwable failed = within(() -> report.set(whatIf.simulate(draft, engine.active().version(), "2025")));

        assertThat(failed).as("the what-if reports the structure it cannot evaluate (%s)", failed).isNull();
        assertThat(report.get().failures()).singleElement().satisfies(failure -> {
            assertThat(failure.structureId()).isEqualTo("ML-DIJON");
            assertThat(failure.message()).contains("« " + hostile.rule() + " »").contains(hostile.name()).contains(hostile.expected());
        });
        assertThat(report.get().simulated()).as("ML-BEAUNE evaluated").isEqualTo(1);

        String page = body(perform(get("/back-office/regles/brouillons/" + draftId + "/simulation?campagne=2025").with(admin)));
        assertThat(HtmlUtils.htmlUnescape(page)).contains("ML-DIJON").contains("« " + hostile.rule() + " »");
    }

    // ---- Helpers

    private MockHttpServletResponse upload(Map<String, String> files) {
        MockMultipartFile zip = new MockMultipartFile("fichiers", "regles.zip", "application/zip", RuleSetFixtures.zipOfFolder(files));
        return perform(multipart("/back-office/regles/brouillons").file(zip).with(admin).with(csrf()));
    }

    private MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) {
        AtomicReference<MockHttpServletResponse> response = new AtomicReference<>();
        Throwable failed = within(() -> {
            try {
                response.set(mvc.perform(request).andReturn().getResponse());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(failed).as("the request is answered, not failed (%s)", failed).isNull();
        return response.get();
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items listed on the page, unescaped, one per line: the problems of a refused upload. */
    private static String problemsOn(MockHttpServletResponse response) {
        List<String> items = new ArrayList<>();
        Matcher item = ITEM.matcher(body(response));
        while (item.find()) {
            items.add(HtmlUtils.htmlUnescape(item.group(1).replaceAll("<[^>]+>", "")).strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return String.join("\n", items);
    }

    /** Stores a structure's data for campaign 2025 and its evaluation with the rules in force, as the campaign job would. */
    private void store(fr.spro.label.support.RequestBuilder builder) {
        EvaluationRequest request = builder.build();
        structures.save(request.structure());
        activity.save(request.activity());
        selfAssessments.save(request.selfAssessment());
        evaluationStore.upsert(engine.evaluate(request));
    }

    private static Throwable within(Runnable action) {
        return HostileRules.thrownWithin(LIMIT, action);
    }
}
