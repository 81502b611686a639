package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.support.RuleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule files against the plain-Java {@link ReferenceEvaluator} on 10,000 random structures
 * (seeded, reproducible): every finding (outcome, explanation, inputs, evidence), compliance,
 * proposal, action plan, scores and digest must be the same.
 */
class RuleEngineProperties {

    private static final long SEED = 2025L;
    private static final int STRUCTURES = 10_000;

    private static RuleSet rules;
    private static ReferenceEvaluator oracle;
    private static List<EvaluationRequest> requests;

    @BeforeAll
    static void compileOnce() {
        rules = RuleFixtures.bundledRuleSet();
        oracle = new ReferenceEvaluator(rules, RuleFixtures.CLOCK);
        requests = SampleRequests.generate(SEED, STRUCTURES);
    }

    @Test
    void rulesAndReferenceEvaluatorAgreeOnEveryFindingDecisionAndScore() {
        List<Evaluation> byRules = new ArrayList<>(STRUCTURES);
        for (int from = 0; from < STRUCTURES; from += 100) {
            byRules.addAll(rules.evaluateAll(requests.subList(from, from + 100)));
        }
        for (int i = 0; i < STRUCTURES; i++) {
            Evaluation expected = oracle.evaluate(requests.get(i));
            Evaluation actual = byRules.get(i);
            if (!expected.equals(actual)) {
                fail("Seed " + SEED + ", structure n°" + i + " " + EvaluationFacts.of(requests.get(i)).subject().s()
                        + " : " + difference(expected, actual));
            }
        }
    }

    @Test
    void oneAtATimeAndInBatchesGiveTheSameEvaluations() {
        List<EvaluationRequest> some = requests.subList(0, 600);
        List<Evaluation> batch = rules.evaluateAll(some);
        for (int i = 0; i < some.size(); i++) {
            assertThat(rules.evaluate(some.get(i))).isEqualTo(batch.get(i));
        }
    }

    @Test
    void theRandomStructuresReachEveryOutcomeOfEveryCriterionAndEveryDecision() {
        Map<String, Set<Outcome>> outcomes = new TreeMap<>();
        Set<LabelDecision> proposals = EnumSet.noneOf(LabelDecision.class);
        Set<Compliance> compliance = EnumSet.noneOf(Compliance.class);
        Map<Outcome, Integer> missing = new EnumMap<>(Outcome.class);
        for (EvaluationRequest request : requests.subList(0, 5000)) {
            Evaluation evaluation = oracle.evaluate(request);
            proposals.add(evaluation.proposal());
            compliance.add(evaluation.compliance());
            for (Finding finding : evaluation.findings()) {
                outcomes.computeIfAbsent(finding.criterion(), c -> EnumSet.noneOf(Outcome.class)).add(finding.outcome());
                if (finding.explanation().startsWith("Information non renseignée")) {
                    missing.merge(finding.outcome(), 1, Integer::sum);
                }
            }
        }
        assertThat(proposals).containsExactlyInAnyOrder(LabelDecision.values());
        assertThat(compliance).containsExactlyInAnyOrder(Compliance.values());
        assertThat(missing).containsOnlyKeys(Outcome.NC_MINEURE);
        assertThat(outcomes).hasSize(28);
        outcomes.forEach((criterion, seen) -> assertThat(seen).as(criterion).containsAll(RuleFixtures.possibleOutcomes(criterion)));
    }

    private static String difference(Evaluation expected, Evaluation actual) {
        for (int i = 0; i < Math.max(expected.findings().size(), actual.findings().size()); i++) {
            Finding e = i < expected.findings().size() ? expected.findings().get(i) : null;
            Finding a = i < actual.findings().size() ? actual.findings().get(i) : null;
            if (e == null || !e.equals(a)) {
                return "finding attendu " + e + "\n obtenu " + a;
            }
        }
        return "attendu " + expected + "\n obtenu " + actual;
    }
}
