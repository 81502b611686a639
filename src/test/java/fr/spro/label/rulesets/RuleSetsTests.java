package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSetException;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RuleSetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A rule set's life: uploaded and checked, kept as a draft, activated (stored, in force, journaled,
 * used by another instance that starts afterwards) or discarded. Each test puts the bundled rules
 * back in force, so the next one starts from referential 2025.1.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=rulesets-tests")
class RuleSetsTests {

    static final String OFFICER = "agent.qualite";
    static final String ORIGIN = "192.0.2.10";

    @Autowired RuleSets ruleSets;
    @Autowired RuleEngine engine;
    @Autowired RuleSetStore store;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;
    @Autowired Environment environment;

    @AfterEach
    void bundledRulesBackInForce() {
        mongo.dropCollection(RuleSetActivation.class);
        mongo.dropCollection(RuleSetDraft.class);
        engine.activate(engine.compile(RuleSetFixtures.bundled()));
    }

    static List<RuleUpload.Part> zipOf(Map<String, String> files) {
        return List.of(new RuleUpload.Part("regles.zip", RuleSetFixtures.zipOfFolder(files)));
    }

    RuleSetDraft uploadRaised() {
        return ruleSets.upload(zipOf(RuleSetFixtures.raisedOpeningHours()), new Actor(OFFICER, ORIGIN));
    }

    @Test
    void keepsAnUploadThatCompilesAsADraftWithEveryFileOfTheRuleSet() {
        RuleSetDraft draft = uploadRaised();

        RuleSetDraft stored = store.draft(draft.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(RuleSetFixtures.RAISED_VERSION);
        assertThat(stored.filesByName()).isEqualTo(RuleSetFixtures.raisedOpeningHours());
        assertThat(stored.criteria()).isEqualTo(28);
        assertThat(stored.rules()).isEqualTo(engine.active().rules().size());
        assertThat(stored.source()).isEqualTo("regles.zip");
        assertThat(engine.active().version()).as("a draft is not in force").isEqualTo("2025.1");
        assertThat(journal.latest(JournalAction.RULES_UPLOADED, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(OFFICER);
            assertThat(entry.before()).startsWith("2025.1 (");
            assertThat(entry.after()).startsWith("2025.2 (" + stored.shortFingerprint());
            assertThat(entry.origin()).isEqualTo(ORIGIN);
        });
    }

    @Test
    void completesAnUploadOfDrlFilesWithTheCatalogueInForce() {
        List<RuleUpload.Part> drlOnly = RuleSetFixtures.bundled().entrySet().stream().filter(f -> f.getKey().endsWith(".drl"))
                .map(f -> new RuleUpload.Part(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8))).toList();

        RuleSetDraft draft = ruleSets.upload(drlOnly, new Actor(OFFICER, ORIGIN));

        assertThat(draft.filesByName()).containsKeys("criteria.csv", "referential.properties");
        assertThat(draft.fingerprint()).as("the same files as in force").isEqualTo(engine.active().fingerprint());
        assertThat(draft.source()).isEqualTo(drlOnly.size() + " fichiers");
    }

    @Test
    void refusesARuleSetThatDoesNotCompileNamingFileAndLineAndKeepsNoDraft() {
        assertThatThrownBy(() -> ruleSets.upload(zipOf(RuleSetFixtures.broken()), new Actor(OFFICER, ORIGIN)))
                .isInstanceOfSatisfying(RuleSetException.class, refused -> assertThat(refused.problems()).allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo(RuleSetFixtures.BROKEN_FILE);
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).isNotBlank();
                }));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void activatesADraftStoresItJournalsTheVersionsAndRemovesTheDraft() {
        String before = engine.active().fingerprint();
        RuleSetDraft draft = uploadRaised();

        RuleSetActivation activation = ruleSets.activate(draft.id(), new Actor(OFFICER, ORIGIN));

        assertThat(engine.active().version()).isEqualTo(RuleSetFixtures.RAISED_VERSION);
        assertThat(engine.active().fingerprint()).isEqualTo(draft.fingerprint());
        assertThat(store.lastActivated()).contains(RuleSetFixtures.raisedOpeningHours());
        assertThat(activation.previousFingerprint()).isEqualTo(before);
        assertThat(ruleSets.activeActivation()).get().extracting(RuleSetActivation::activatedBy).isEqualTo(OFFICER);
        assertThat(store.draft(draft.id())).isEmpty();
        JournalEntry entry = journal.latest(JournalAction.RULES_ACTIVATED, 1).get(0);
        assertThat(entry.actor()).isEqualTo(OFFICER);
        assertThat(entry.subject()).isEqualTo("référentiel 2025.2");
        // The draft raises one parameter: the journal says which, with its value before and after.
        assertThat(withPlainSpaces(entry.before())).isEqualTo("2025.1 (" + before.substring(0, 12) + ") — ACC-03.heures-conforme : 24 h");
        assertThat(withPlainSpaces(entry.after())).isEqualTo("2025.2 (" + draft.shortFingerprint() + ") — ACC-03.heures-conforme : 30 h");
        assertThat(entry.origin()).isEqualTo(ORIGIN);
        assertThat(entry.at()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void anInstanceStartedAfterAnActivationUsesTheActivatedRules() {
        ruleSets.activate(uploadRaised().id(), new Actor(OFFICER, ORIGIN));

        // Arguments, as an operator starts it: they win over application.properties, defaults would not.
        try (ConfigurableApplicationContext another = new SpringApplicationBuilder(TerritoireOrientationApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.mongodb.uri=" + environment.getProperty("spring.mongodb.uri"),
                        "--spring.mongodb.database=" + environment.getProperty("spring.mongodb.database"),
                        "--spring.main.banner-mode=off")) {
            assertThat(another.getBean(RuleEngine.class).active().version()).isEqualTo(RuleSetFixtures.RAISED_VERSION);
            assertThat(another.getBean(RuleEngine.class).active().fingerprint()).isEqualTo(engine.active().fingerprint());
        }
    }

    @Test
    void activatesADraftOnceWhenTwoOfficersActivateIt() {
        RuleSetDraft draft = uploadRaised();
        long activationsBefore = journal.count(JournalAction.RULES_ACTIVATED);
        ruleSets.activate(draft.id(), new Actor(OFFICER, ORIGIN));

        assertThatThrownBy(() -> ruleSets.activate(draft.id(), new Actor("autre.agent", ORIGIN))).isInstanceOf(DraftNotFound.class);
        assertThat(journal.count(JournalAction.RULES_ACTIVATED)).isEqualTo(activationsBefore + 1);
        assertThat(journal.latest(JournalAction.RULES_ACTIVATED, 1)).extracting(JournalEntry::actor).containsExactly(OFFICER);
    }

    @Test
    void refusesToActivateADraftThatNoLongerCompilesAndChangesNothing() {
        RuleSetDraft stale = store.save(new RuleSetDraft("stale", "2025.9", "0".repeat(64), 28, 141,
                RuleSetFixtures.broken().entrySet().stream().map(f -> new RuleFile(f.getKey(), f.getValue())).toList(),
                OFFICER, Instant.parse("2025-01-01T00:00:00Z"), "ancien.zip"));
        String before = engine.active().fingerprint();

        assertThatThrownBy(() -> ruleSets.activate(stale.id(), new Actor(OFFICER, ORIGIN))).isInstanceOf(RuleSetException.class);

        assertThat(engine.active().fingerprint()).isEqualTo(before);
        assertThat(store.lastActivation()).isEmpty();
        assertThat(store.draft("stale")).isPresent();
    }

    @Test
    void discardsADraftAndJournalsIt() {
        RuleSetDraft draft = uploadRaised();

        ruleSets.discard(draft.id(), new Actor(OFFICER, ORIGIN));

        assertThat(store.draft(draft.id())).isEmpty();
        assertThat(engine.active().version()).isEqualTo("2025.1");
        assertThat(journal.latest(JournalAction.RULES_DISCARDED, 1)).singleElement()
                .satisfies(entry -> assertThat(entry.before()).startsWith("2025.2"));
        assertThatThrownBy(() -> ruleSets.discard(draft.id(), new Actor(OFFICER, ORIGIN))).isInstanceOf(DraftNotFound.class);
    }

    /** French typography puts no-break spaces before « : » and inside « 24 h »: compared here as plain ones. */
    private static String withPlainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
