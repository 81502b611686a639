package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Parameters;
import fr.spro.label.support.RuleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A threshold is written once, in {@code parameters.csv}: changing it there, and nowhere else,
 * changes what the rules decide and what their sentences say, and the reference evaluator (which
 * reads the same parameters) still agrees with them.
 */
class ParameterChangeTests {

    private static RuleSet bundled;

    @BeforeAll
    static void compileOnce() {
        bundled = RuleFixtures.bundledRuleSet();
    }

    /** The bundled rule files with these parameter values, as an officer's edit of parameters.csv gives them. */
    private static RuleEngine withParameters(Map<String, BigDecimal> values) {
        Parameters.Changed changed = bundled.catalogue().parameters().with(values);
        assertThat(changed.refused()).as("valeurs refusées").isEmpty();
        Map<String, String> files = new TreeMap<>(bundled.files());
        files.put(Parameters.FILE, changed.parameters().toCsv());
        return new RuleEngine(files, RuleFixtures.CLOCK);
    }

    private static Finding finding(Evaluation evaluation, String criterion) {
        return evaluation.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void loweringTheOpeningHoursOfAcc03ChangesTheOutcomeAndTheSentenceAndNothingElse() {
        EvaluationRequest request = aConformingMember().figure("opening_hours_per_week", 22.0).build();
        Evaluation before = bundled.evaluate(request);
        assertThat(finding(before, "ACC-03").outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(finding(before, "ACC-03").explanation()).isEqualTo("Ouverture au public de 22 h par semaine : seuil de conformité 24 h");

        RuleSet lowered = withParameters(Map.of("ACC-03.heures-conforme", new BigDecimal("20"))).active();
        Evaluation after = lowered.evaluate(request);

        assertThat(finding(after, "ACC-03").outcome()).isEqualTo(Outcome.CONFORME);
        assertThat(finding(after, "ACC-03").explanation()).isEqualTo("Ouverture au public de 22 h par semaine : seuil de conformité 20 h");
        assertThat(finding(after, "ACC-03").inputs()).isEqualTo(finding(before, "ACC-03").inputs());
        assertThat(after.findings()).filteredOn(f -> !f.criterion().equals("ACC-03")).isEqualTo(
                before.findings().stream().filter(f -> !f.criterion().equals("ACC-03")).toList());
        assertThat(before.proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(after.proposal()).isEqualTo(LabelDecision.LABELLISE);
        // Not one rule file changed: only the data they read.
        Map<String, String> ruleFiles = new TreeMap<>(lowered.files());
        Map<String, String> bundledRuleFiles = new TreeMap<>(bundled.files());
        assertThat(ruleFiles.remove(Parameters.FILE)).isNotEqualTo(bundledRuleFiles.remove(Parameters.FILE));
        assertThat(ruleFiles).isEqualTo(bundledRuleFiles);
        assertThat(lowered.fingerprint()).isNotEqualTo(bundled.fingerprint());
    }

    @Test
    void aMinimumRaisedAboveOneCountsWhatWasDoneInsteadOfSayingNone() {
        RuleSet raised = withParameters(Map.of("NET-02.seances-min", new BigDecimal("2"))).active();

        Finding one = finding(raised.evaluate(aConformingMember().figure("inspiring_practice_sessions", 1).build()), "NET-02");
        assertThat(one.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(one.explanation()).isEqualTo("1 participation aux espaces de pratiques inspirantes : seuil de conformité 2");
        Finding none = finding(raised.evaluate(aConformingMember().figure("inspiring_practice_sessions", 0).build()), "NET-02");
        assertThat(none.explanation()).isEqualTo("Aucune participation aux espaces de pratiques inspirantes : seuil de conformité 2");
        Finding two = finding(raised.evaluate(aConformingMember().figure("inspiring_practice_sessions", 2).build()), "NET-02");
        assertThat(two.outcome()).isEqualTo(Outcome.CONFORME);
        assertThat(two.explanation()).isEqualTo("2 participations aux espaces de pratiques inspirantes : seuil de conformité 2");
    }

    /** Every parameter changed at once: the rules and the reference evaluator read them the same way. */
    @Test
    void rulesAndReferenceEvaluatorStillAgreeWhenEveryParameterChanges() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("ACC-03.heures-conforme", new BigDecimal("30"));
        values.put("ACC-03.heures-mineure", new BigDecimal("20"));
        values.put("ACC-04.semaines-sans-canal", new BigDecimal("2"));
        values.put("ACC-04.semaines-avec-canal", new BigDecimal("5"));
        values.put("ACC-05.jours-conforme", new BigDecimal("7"));
        values.put("ACC-05.jours-mineure", new BigDecimal("14"));
        values.put("SRV-01.jours-mise-a-jour", new BigDecimal("180"));
        values.put("SRV-03.seances-min", new BigDecimal("3"));
        values.put("SRV-04.orientations-min", new BigDecimal("2"));
        values.put("NET-01.reunions-tenues-par-defaut", new BigDecimal("6"));
        values.put("NET-01.part-conforme", new BigDecimal("0.8"));
        values.put("NET-01.part-mineure", new BigDecimal("0.4"));
        values.put("NET-02.seances-min", new BigDecimal("2"));
        values.put("NET-03.actions-min", new BigDecimal("2"));
        values.put("NET-04.partenariats-min", new BigDecimal("2"));
        values.put("PRO-01.participations-plancher", new BigDecimal("3"));
        values.put("PRO-01.participations-par-etp", new BigDecimal("0.6"));
        values.put("PRO-01.participations-mineure", new BigDecimal("2"));
        values.put("PRO-02.webinaires-conforme", new BigDecimal("4"));
        values.put("QUA-01.repondants-min", new BigDecimal("20"));
        values.put("QUA-01.taux-conforme", new BigDecimal("85"));
        values.put("QUA-01.taux-mineure", new BigDecimal("65"));
        values.put("QUA-02.part-conforme", new BigDecimal("0.85"));
        values.put("QUA-02.part-mineure", new BigDecimal("0.6"));
        values.put("ECO-01.actions-min", new BigDecimal("2"));
        values.put("DECISION.mineures-max-conditions", new BigDecimal("2"));
        values.put("conditions.period", new BigDecimal("4"));
        values.put("SCORE.poids-mineure", new BigDecimal("0.3"));
        RuleSet changed = withParameters(values).active();
        ReferenceEvaluator oracle = new ReferenceEvaluator(changed, RuleFixtures.CLOCK);
        List<EvaluationRequest> requests = SampleRequests.generate(2026L, 2_000);

        List<Evaluation> byRules = changed.evaluateAll(requests);
        List<Evaluation> byBundledRules = bundled.evaluateAll(requests);
        int differ = 0;
        for (int i = 0; i < requests.size(); i++) {
            Evaluation expected = oracle.evaluate(requests.get(i));
            if (!expected.equals(byRules.get(i))) {
                fail("structure n°" + i + " : attendu " + expected + "\n obtenu " + byRules.get(i));
            }
            for (int f = 0; f < expected.findings().size(); f++) {
                differ += expected.findings().get(f).equals(byBundledRules.get(i).findings().get(f)) ? 0 : 1;
            }
        }
        // The changes reach the structures: many findings read differently from the bundled rules'.
        assertThat(differ).isGreaterThan(2_000);
    }
}
