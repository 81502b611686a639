package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.Outcome;
import fr.spro.label.support.RuleFixtures;
import org.junit.jupiter.api.Test;

/** Building, checking and swapping rule sets; evaluating on several threads. */
class RuleEngineTests {

    private static Map<String, String> bundledFiles() {
        return new TreeMap<>(RuleFiles.fromDirectory(Path.of("rules")));
    }

    /** A fresh engine, so that activating a draft leaves the shared fixtures alone. */
    private static RuleEngine freshEngine() {
        return new RuleEngine(bundledFiles(), RuleFixtures.CLOCK);
    }

    private static Map<String, String> replacing(String file, String from, String to) {
        Map<String, String> files = bundledFiles();
        assertThat(files.get(file)).contains(from);
        files.put(file, files.get(file).replace(from, to));
        return files;
    }

    private static int lineOf(String text, String fragment) {
        return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void refusesARuleFileThatDoesNotCompileWithItsFileAndLine() {
        Map<String, String> broken = replacing("net.drl", "a.inspiringPracticeSessions >= parameters.value(\"NET-02.seances-min\") )", "a.inspiringPracticeSessions >= parameters.value(\"NET-02.seances-min\")");
        int line = lineOf(broken.get("net.drl"), "a.inspiringPracticeSessions >= parameters.value(\"NET-02.seances-min\")\n");
        assertThatThrownBy(() -> RuleSetCompiler.compile(broken, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.file()).isEqualTo("net.drl");
                    assertThat(e.line()).isBetween(line, line + 2);
                    assertThat(e.getMessage()).contains("net.drl, ligne " + e.line()).contains("ERR");
                });
    }

    @Test
    void listsEveryErrorOfEveryFile() {
        Map<String, String> broken = replacing("acc.drl", "q.freeOfCharge == true", "q.freeOfCharges == true");
        broken.put("qua.drl", broken.get("qua.drl").replace("Verdict.conforme($case, \"QUA-03\"", "Verdict.conformer($case, \"QUA-03\""));
        assertThatThrownBy(() -> RuleSetCompiler.compile(broken, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::file).contains("acc.drl", "qua.drl");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("freeOfCharges"));
                });
    }

    @Test
    void refusesARuleThatNamesACriterionOutsideTheCatalogue() {
        Map<String, String> files = replacing("eco.drl", "rule \"ECO-01 membre associé (non applicable)\"",
                "rule \"ECO-02 membre associé (non applicable)\"");
        assertThatThrownBy(() -> RuleSetCompiler.compile(files, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("eco.drl");
                    assertThat(p.line()).isEqualTo(lineOf(files.get("eco.drl"), "rule \"ECO-02"));
                    assertThat(p.message()).contains("ECO-02").contains("catalogue");
                }));
    }

    @Test
    void refusesARuleWhoseNameDoesNotStartWithACriterionId() {
        Map<String, String> files = replacing("eco.drl", "rule \"ECO-01 membre associé (non applicable)\"",
                "rule \"membre associé (non applicable)\"");
        assertThatThrownBy(() -> RuleSetCompiler.compile(files, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage())
                        .contains("eco.drl, ligne").contains("doit commencer par l'identifiant de son critère"));
    }

    @Test
    void refusesACatalogueCriterionWithoutRules() {
        Map<String, String> files = bundledFiles();
        files.remove("eco.drl");
        assertThatThrownBy(() -> RuleSetCompiler.compile(files, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.file()).isEqualTo(Catalogue.CRITERIA_FILE);
                    assertThat(e.line()).isEqualTo(lineOf(files.get(Catalogue.CRITERIA_FILE), "ECO-01;"));
                    assertThat(e.getMessage()).contains("aucune règle pour le critère ECO-01");
                });
    }

    @Test
    void refusesRulesThatConcludeTwiceOnTheSameCriterion() {
        Map<String, String> files = replacing("acc.drl", "$case : Case( q.freeOfCharge == false )", "$case : Case( q.freeOfCharge != null )");
        assertThatThrownBy(() -> RuleSetCompiler.compile(files, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.file()).isEqualTo("acc.drl");
                    assertThat(e.getMessage()).contains("ACC-01 : plusieurs verdicts")
                            .contains("« ACC-01 services gratuits (conforme) »")
                            .contains("« ACC-01 services payants (non-conformité majeure) »");
                });
    }

    @Test
    void refusesRulesThatLeaveACaseWithoutVerdict() {
        Map<String, String> files = replacing("acc.drl", "$case : Case( q.freeOfCharge == null )", "$case : Case( q.freeOfCharge == null, s.id == \"personne\" )");
        assertThatThrownBy(() -> RuleSetCompiler.compile(files, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage())
                        .contains("ACC-01 : aucune règle ne conclut pour la structure d'essai"));
    }

    @Test
    void stopsRulesThatFireWithoutEndInsteadOfHanging() {
        Map<String, String> files = bundledFiles();
        files.put("acc.drl", files.get("acc.drl") + """

                rule "ACC-01 boucle"
                when
                    $verdict : Verdict( criterion == "ACC-01" )
                then
                    insert( Verdict.conforme($verdict.subject(), "ACC-01", "encore", null) );
                end
                """);
        assertThatThrownBy(() -> RuleSetCompiler.compile(files, RuleFixtures.CLOCK))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.getMessage()).contains("sans fin"));
    }

    @Test
    void aDraftEvaluatesWithoutBeingActivatedThenSwapsInAtomically() {
        RuleEngine engine = freshEngine();
        RuleSet inForce = engine.active();
        Map<String, String> lowered = bundledFiles();
        lowered.put(Parameters.FILE, Parameters.parse(lowered.get(Parameters.FILE))
                .with(Map.of("ACC-03.heures-conforme", new BigDecimal("20"))).parameters().toCsv());
        lowered.put(Catalogue.PROPERTIES_FILE, lowered.get(Catalogue.PROPERTIES_FILE).replace("version=2025.1", "version=2025.2"));
        var request = aConformingMember().figure("opening_hours_per_week", 22.0).build();

        RuleSet draft = engine.compile(lowered);
        assertThat(outcome(draft.evaluate(request), "ACC-03")).isEqualTo(Outcome.CONFORME);
        assertThat(outcome(engine.evaluate(request), "ACC-03")).isEqualTo(Outcome.NC_MINEURE);
        assertThat(engine.active()).isSameAs(inForce);

        engine.activate(draft);
        assertThat(engine.active()).isSameAs(draft);
        assertThat(engine.evaluate(request).ruleSetVersion()).isEqualTo("2025.2");
        assertThat(outcome(engine.evaluate(request), "ACC-03")).isEqualTo(Outcome.CONFORME);
        assertThat(draft.fingerprint()).isNotEqualTo(inForce.fingerprint());
    }

    @Test
    void keepsTheRuleSetInForceWhenADraftIsRefused() {
        RuleEngine engine = freshEngine();
        RuleSet inForce = engine.active();
        assertThatThrownBy(() -> engine.compile(replacing("pro.drl", "then", "alors")))
                .isInstanceOf(RuleSetException.class);
        assertThat(engine.active()).isSameAs(inForce);
        assertThat(engine.evaluate(aConformingMember().build()).findings()).hasSize(28);
    }

    @Test
    void aDraftWithoutCatalogueFilesUsesThoseInForce() {
        RuleEngine engine = freshEngine();
        Map<String, String> onlyRules = bundledFiles();
        onlyRules.remove(Catalogue.CRITERIA_FILE);
        onlyRules.remove(Catalogue.PROPERTIES_FILE);
        RuleSet draft = engine.compile(onlyRules);
        assertThat(draft.version()).isEqualTo("2025.1");
        assertThat(draft.catalogue().criteria()).hasSize(28);
        assertThat(draft.fingerprint()).isEqualTo(engine.active().fingerprint());
    }

    @Test
    void compilesTheRuleFilesBundledInTheApplication() {
        Map<String, String> bundled = RuleFiles.bundled();
        assertThat(bundled).containsOnlyKeys("acc.drl", "neu.drl", "srv.drl", "net.drl", "pro.drl", "qua.drl", "eco.drl",
                "dec.drl", "conclusions.drl", Catalogue.CRITERIA_FILE, Catalogue.PROPERTIES_FILE, Parameters.FILE);
        RuleSet ruleSet = RuleSetCompiler.compile(bundled, RuleFixtures.CLOCK);
        assertThat(ruleSet.fingerprint()).isEqualTo(RuleFixtures.bundledRuleSet().fingerprint());
        assertThat(ruleSet.rules()).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(r.line()).isPositive());
    }

    @Test
    void refusesAMissingRulesFolder() {
        assertThatThrownBy(() -> RuleFiles.fromDirectory(Path.of("no-such-rules")))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("no-such-rules").hasMessageContaining("introuvable");
    }

    @Test
    void evaluatesOnManyThreadsExactlyAsOnOne() throws Exception {
        RuleEngine engine = RuleFixtures.bundledEngine();
        List<EvaluationRequest> requests = SampleRequests.generate(99, 400);
        List<Evaluation> sequential = requests.stream().map(engine::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Evaluation>>> parts = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                parts.add(pool.submit(() -> requests.stream().map(engine::evaluate).toList()));
            }
            parts.add(pool.submit(() -> engine.active().evaluateAll(requests)));
            for (Future<List<Evaluation>> part : parts) {
                assertThat(part.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(Evaluation evaluation, String criterion) {
        return evaluation.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow().outcome();
    }
}
