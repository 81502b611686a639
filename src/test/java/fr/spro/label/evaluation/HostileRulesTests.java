package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.spro.label.Launcher;
import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.support.CommandRun;
import fr.spro.label.support.HostileRules;
import fr.spro.label.support.HostileRules.HostileFile;
import fr.spro.label.support.RuleFixtures;
import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Every hostile rule file of the corpus ({@link HostileRules}) is refused before anything of it is
 * compiled, whatever way it comes in: the compiler's single entry ({@link RuleSetCompiler#compile},
 * what the upload and the database go through), {@code --rules-dir} ({@link RuleEngine#fromDirectory}),
 * the {@code check-rules} command run end to end, and a rule set stored as activated (at start-up
 * and when another instance activated it). Rules made of allowed constructs that run away are
 * refused by the sample check, or stopped at evaluation naming the rule. None of the code of any
 * hostile file runs: the marker folder its code would write into stays empty.
 *
 * <p>Every hostile set is the bundled rule set with the hostile file added, so the refusal that
 * counts is the one naming the hostile file. The runaway tests and the stored rule set's fall-back
 * need the bundled rules to compile and pass the sample check; the others do not.
 */
class HostileRulesTests {

    private static final Clock CLOCK = RuleFixtures.CLOCK;
    /** A refusal is a parse away; a set that is accepted by mistake compiles all the bundled rules. */
    private static final Duration COMPILE_LIMIT = Duration.ofSeconds(180);
    /** The sample check or an evaluation: the firing guard stops a runaway rule in well under a second. */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(15);

    @TempDir
    Path rulesDir;

    @BeforeAll
    static void noMarkerYet() {
        HostileRules.emptyMarkers();
    }

    @AfterEach
    void noCodeOfAHostileFileRan(TestInfo test) {
        assertThat(HostileRules.markers()).as("code of a hostile file ran during %s (marker left in %s)",
                test.getDisplayName(), HostileRules.MARKERS).isEmpty();
    }

    @AfterAll
    static void noMarkerAfterEveryEntryPoint() {
        assertThat(HostileRules.markers()).as("marker left in %s", HostileRules.MARKERS).isEmpty();
    }

    static List<HostileFile> corpus() {
        return HostileRules.corpus();
    }

    /** The runaway files that the sample check must refuse (the other only loops for a structure absent from the samples). */
    static List<HostileFile> runawaysOnTheSamples() {
        return HostileRules.runaways().stream().filter(f -> !f.name().equals("only-for-one-structure.drl")).toList();
    }

    @Test
    void theCorpusHoldsOneAttackPerFileAndEachMarkerNamesItsFile() {
        List<HostileFile> corpus = HostileRules.corpus();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        for (HostileFile hostile : corpus) {
            String base = hostile.name().replace(".drl", "");
            String[] afterEachMarker = hostile.text().split("target/hostile-marker/", -1);
            for (int i = 1; i < afterEachMarker.length; i++) {
                String after = afterEachMarker[i];
                assertThat(after.startsWith(base) && !Character.isLetterOrDigit(after.charAt(base.length()))
                        && after.charAt(base.length()) != '-').as("%s writes its own marker only", hostile.name()).isTrue();
            }
        }
    }

    // ---- The compiler's single entry: what the upload, the database and check-rules go through

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedByTheCompilerBeforeAnythingOfItIsCompiled(HostileFile hostile) {
        Map<String, String> files = hostile.inBundledSet("RuleSetCompiler.compile");

        Throwable thrown = HostileRules.thrownWithin(COMPILE_LIMIT, () -> RuleSetCompiler.compile(files, CLOCK));

        Problem problem = HostileRules.assertRefused(hostile, thrown);
        if (!hostile.lines().equals("0")) {
            assertThat(problem.line()).as(problem.describe()).isPositive();
        }
    }

    /** What {@link RuleSetCompiler} does when a file crashes the check: the same set sent again must be refused again, not wait forever. */
    @Test
    void aFileThatBreaksTheCheckDoesNotLeaveTheCompilerWaitingForTheNextTry() {
        HostileFile hostile = HostileRules.file("deep-nesting.drl");
        Map<String, String> files = hostile.inBundledSet("envoyé deux fois");

        Throwable first = HostileRules.thrownWithin(COMPILE_LIMIT, () -> RuleSetCompiler.compile(files, CLOCK));
        Throwable second = HostileRules.thrownWithin(Duration.ofSeconds(30), () -> RuleSetCompiler.compile(files, CLOCK));

        HostileRules.assertRefused(hostile, first);
        HostileRules.assertRefused(hostile, second);
    }

    // ---- --rules-dir and check-rules

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedFromARulesDirectory(HostileFile hostile) throws IOException {
        write(hostile.inBundledSet("--rules-dir"));

        Throwable thrown = HostileRules.thrownWithin(COMPILE_LIMIT, () -> RuleEngine.fromDirectory(rulesDir, CLOCK));

        HostileRules.assertRefused(hostile, thrown);
    }

    /** The real command, end to end (a Spring start each: two files, not the corpus). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"runtime-exec.drl", "unicode-escape-comment.drl"})
    void checkRulesRefusesTheFolderWithTheFrenchRefusal(String name) throws IOException {
        HostileFile hostile = HostileRules.file(name);
        write(hostile.inBundledSet("check-rules"));

        CommandRun run = CommandRun.of(() -> Launcher.run("check-rules", "--rules-dir=" + rulesDir,
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), "--spring.mongodb.database=hostile_rules"));

        assertThat(run.exitCode()).as(run.err()).isNotNull().isNotZero();
        assertThat(run.err()).contains("Jeu de règles refusé");
        assertThat(hostile.refusalIn(run.err())).as("%s\nsortie d'erreur :\n%s", hostile.expectation(), run.err()).isPresent();
        assertThat(run.out()).doesNotContain("valide");
    }

    // ---- A rule set stored as activated: at start-up, and when another instance activated it

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aStoredRuleSetWithItIsRefusedAndTheBundledRulesStayInForce(HostileFile hostile) {
        StoredRuleSet stored = new StoredRuleSet();
        stored.activate("hostile-au-démarrage-" + hostile.name(), hostile.inBundledSet("base de données, au démarrage"));
        ListAppender<ILoggingEvent> log = capture();
        try {
            AtomicReference<RuleEngine> started = new AtomicReference<>();
            Throwable failed = HostileRules.thrownWithin(COMPILE_LIMIT, () -> started.set(new RuleEngine("", CLOCK, provider(stored))));
            assertThat(failed).as("the engine starts on the bundled rules (%s)", failed).isNull();
            RuleEngine engine = started.get();

            assertThat(engine.active().files()).as("rule set in force at start-up").doesNotContainKey(hostile.name());
            assertThat(engine.active().files().keySet()).isEqualTo(RuleFiles.bundled().keySet());
            assertThat(refusalsLogged(log)).as("%s ; journal : %s", hostile.expectation(), refusalsLogged(log))
                    .anyMatch(message -> message.contains("ne compile plus") && hostile.refusalIn(message).isPresent());

            String bundled = engine.active().fingerprint();
            stored.activate("hostile-sur-une-autre-instance-" + hostile.name(), hostile.inBundledSet("base de données, autre instance"));
            log.list.clear();
            AtomicReference<RuleSet> inForce = new AtomicReference<>();
            Throwable reloadFailed = HostileRules.thrownWithin(COMPILE_LIMIT, () -> inForce.set(engine.inForce()));
            assertThat(reloadFailed).as("the engine keeps the rules in force (%s)", reloadFailed).isNull();

            assertThat(inForce.get().fingerprint()).as("rule set in force after another instance activated the hostile one")
                    .isEqualTo(bundled).isEqualTo(engine.active().fingerprint());
            assertThat(inForce.get().files()).doesNotContainKey(hostile.name());
            assertThat(refusalsLogged(log)).as("%s ; journal : %s", hostile.expectation(), refusalsLogged(log))
                    .anyMatch(message -> message.contains("refusé ici") && hostile.refusalIn(message).isPresent());
        } finally {
            release(log);
        }
    }

    // ---- Runaway rules: allowed constructs that feed each other without end

    @ParameterizedTest(name = "{0}")
    @MethodSource("runawaysOnTheSamples")
    void aRunawayRuleIsRefusedByTheSampleCheckNamingTheRule(HostileFile hostile) {
        Map<String, String> files = hostile.inBundledSet("contrôle sur les structures d'essai");
        // Compiled first (and cached), so that the limit below is the sample check's alone.
        Throwable compiling = HostileRules.thrownWithin(COMPILE_LIMIT, () -> RuleSetCompiler.compiled(files));
        assertThat(compiling).as("allowed constructs only: the set compiles, the sample check is what must refuse it (%s)",
                compiling == null ? "" : compiling.getMessage()).isNull();

        Throwable thrown = HostileRules.thrownWithin(RUN_LIMIT, () -> RuleSetCompiler.compile(files, CLOCK));

        Problem problem = HostileRules.assertRefused(hostile, thrown);
        assertThat(problem.message()).contains("sur les structures d'essai");
        assertThat(hostile.namesTheRule(problem.message())).as(problem.describe()).isTrue();
    }

    /**
     * Rules that loop for one structure only (absent from the sample structures) pass the sample
     * check; evaluating that structure, as the campaign job and the what-if do, is stopped naming the rule.
     */
    @Test
    void aRuleThatLoopsForOneStructureOnlyIsStoppedInEvaluateAllNamingTheRule() {
        HostileFile hostile = HostileRules.file("only-for-one-structure.drl");
        AtomicReference<RuleSet> compiled = new AtomicReference<>();
        Throwable refused = HostileRules.thrownWithin(COMPILE_LIMIT,
                () -> compiled.set(RuleSetCompiler.compile(hostile.inBundledSet("RuleSet.evaluateAll"), CLOCK)));
        assertThat(refused).as("the rules only loop for ML-DIJON, absent from the sample structures: %s",
                refused == null ? "" : refused.getMessage()).isNull();
        RuleSet ruleSet = compiled.get();

        assertThat(ruleSet.evaluateAll(List.of(RuleFixtures.aConformingAssociated().build())))
                .as("another structure is evaluated as before").hasSize(1);
        AtomicReference<List<Evaluation>> evaluated = new AtomicReference<>();
        Throwable stopped = HostileRules.thrownWithin(RUN_LIMIT, () -> evaluated.set(ruleSet.evaluateAll(List.of(
                RuleFixtures.aConformingAssociated().build(), RuleFixtures.aConformingMember().build()))));

        assertThat(stopped).as("evaluations %s", evaluated.get()).isInstanceOf(RunawayRule.class)
                .hasMessageContaining("« " + hostile.rule() + " »").hasMessageContaining(hostile.expected())
                .hasMessageContaining(hostile.name());
        RuleLocation location = ((RunawayRule) stopped).location();
        assertThat(location.file()).isEqualTo(hostile.name());
        assertThat(hostile.lineMatches(location.line())).as("line %s of %s", location.line(), hostile.expectation()).isTrue();
    }

    // ---- What the check lets through

    @Test
    void aRuleFileOfAllowedConstructsOnlyPassesTheCheck() {
        String drl = """
                package referential;

                import fr.spro.label.evaluation.facts.Case;
                import fr.spro.label.evaluation.facts.Inputs;
                import fr.spro.label.evaluation.facts.Verdict;
                import fr.spro.label.structure.Network;
                import fr.spro.label.structure.Public;
                import java.util.List;
                import function fr.spro.label.evaluation.facts.Wording.number;

                global fr.spro.label.referential.Parameters parameters;

                rule "ACC-03 ouverture suffisante pour les jeunes (conforme)"
                salience 10
                no-loop true
                when
                    $case : Case( $hours : a.openingHoursPerWeek != null,
                                  a.openingHoursPerWeek >= parameters.value("ACC-03.heures-conforme"),
                                  s.publics contains Public.YOUTH_16_30,
                                  s.network in ( Network.MISSION_LOCALE, Network.CIO ) )
                    $verdicts : List() from collect( Verdict( subject == $case, criterion != "ACC-03" ) )
                then
                    insert( Verdict.conforme($case, "ACC-03", "Ouvert " + number($hours) + " h par semaine : seuil de conformité "
                            + parameters.text("ACC-03.heures-conforme"), Inputs.of("opening_hours_per_week", $hours)) );
                end
                """;

        RuleFileCheck.Checked checked = RuleFileCheck.check("permis.drl", drl, parameterNames());

        assertThat(checked.file()).isEqualTo("permis.drl");
        assertThat(checked.parametersUsed()).containsExactly("ACC-03.heures-conforme");
        assertThat(checked.description().getRules()).singleElement()
                .satisfies(rule -> assertThat(rule.getName()).isEqualTo("ACC-03 ouverture suffisante pour les jeunes (conforme)"));
    }

    @Test
    void anAccumulateCountPassesTheCheck() {
        String drl = """
                package referential;

                import fr.spro.label.evaluation.facts.Case;
                import fr.spro.label.evaluation.facts.Inputs;
                import fr.spro.label.evaluation.facts.Verdict;
                import fr.spro.label.referential.Outcome;

                rule "ACC-06 aucune non-conformité majeure ailleurs (conforme)"
                when
                    $case : Case()
                    $majors : Number() from accumulate( Verdict( subject == $case, outcome == Outcome.NC_MAJEURE ), count(1) )
                then
                    insert( Verdict.conforme($case, "ACC-06", "Non-conformités majeures : " + $majors, Inputs.of("majors", $majors)) );
                end
                """;

        RuleFileCheck.Checked checked = RuleFileCheck.check("compte.drl", drl, parameterNames());

        assertThat(checked.description().getRules()).hasSize(1);
    }

    // ---- Helpers

    private void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(rulesDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> parameterNames() {
        try {
            return Files.readAllLines(HostileRules.BUNDLED.resolve("parameters.csv"), StandardCharsets.UTF_8).stream().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(';')))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectProvider<ActivatedRuleSets> provider(ActivatedRuleSets stored) {
        return new StaticListableBeanFactory(Map.of("activatedRuleSets", stored)).getBeanProvider(ActivatedRuleSets.class);
    }

    /** What an officer activated last, as the rule-set store would give it. */
    private static final class StoredRuleSet implements ActivatedRuleSets {
        private volatile String fingerprint;
        private volatile Map<String, String> files;

        void activate(String fingerprint, Map<String, String> files) {
            this.fingerprint = fingerprint;
            this.files = files;
        }

        @Override
        public Optional<Map<String, String>> lastActivated() {
            return Optional.ofNullable(files);
        }

        @Override
        public Optional<String> lastFingerprint() {
            return Optional.ofNullable(fingerprint);
        }
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger(RuleEngine.class);
        logger.addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(RuleEngine.class)).detachAppender(appender);
        appender.stop();
    }

    private static List<String> refusalsLogged(ListAppender<ILoggingEvent> appender) {
        return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
