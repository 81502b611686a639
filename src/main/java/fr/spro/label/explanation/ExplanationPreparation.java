package fr.spro.label.explanation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.explanation.FrozenExplanation.Compared;
import fr.spro.label.explanation.FrozenExplanation.Contribution;
import fr.spro.label.explanation.FrozenExplanation.Datum;
import fr.spro.label.explanation.FrozenExplanation.DecisionRule;
import fr.spro.label.explanation.FrozenExplanation.Evidence;
import fr.spro.label.explanation.FrozenExplanation.Operation;
import fr.spro.label.explanation.FrozenExplanation.Seal;
import fr.spro.label.explanation.FrozenExplanation.Threshold;
import fr.spro.label.explanation.FrozenExplanation.Value;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import org.springframework.stereotype.Component;

/**
 * Prepares the explanation of a decision from what it was taken on: the decision, its evaluation
 * (each finding with the inputs the rules used), the self-assessment's evidence, and the rule set.
 *
 * <p>The evaluation records its rule set's version, not its fingerprint. The fingerprint is
 * established only when the data and the rule set in force give back exactly the evaluation's
 * inputs digest, which covers the fingerprint: then the rule set in force is the one that
 * evaluated. Otherwise the explanation says so, and names the rule set in force whose thresholds it shows.
 */
@Component
class ExplanationPreparation {

    /** The parameter group of the decision rules ({@code parameters.csv}, column {@code criterion}). */
    static final String DECISION_GROUP = "DECISION";
    /** The most minor findings a label under conditions admits: the parameter the proposal rule compares the count with. */
    static final String MINORS_LIMIT = "DECISION.mineures-max-conditions";
    /** The structure's value the decision group's thresholds are compared with. */
    static final String MINOR_FINDINGS = "minor_findings";

    private final RuleEngine engine;
    private final CurrentEvaluations current;

    ExplanationPreparation(RuleEngine engine, CurrentEvaluations current) {
        this.engine = engine;
        this.current = current;
    }

    FrozenExplanation prepare(Decision decision, Evaluation evaluation, SelfAssessment assessment, Instant now) {
        RuleSet inForce = engine.inForce();
        Catalogue catalogue = inForce.catalogue();
        boolean established = current.currentDigest(evaluation.structureId(), evaluation.campaign())
                .filter(digest -> digest.equals(evaluation.inputsDigest())).isPresent();
        Seal seal = new Seal(evaluation.ruleSetVersion(), established ? inForce.fingerprint() : null, inForce.version(),
                inForce.fingerprint(), evaluation.inputsDigest(), assessment == null ? null : assessment.submittedAt());
        List<Finding> findings = evaluation.findings();
        int majors = (int) findings.stream().filter(f -> f.outcome() == Outcome.NC_MAJEURE).count();
        int minors = (int) findings.stream().filter(f -> f.outcome() != null && f.outcome().isMinor()).count();
        return new FrozenExplanation(now, contribution(decision, evaluation), data(findings), evidence(findings, assessment),
                thresholds(findings, catalogue.parameters(), minors), operations(findings, catalogue),
                decisionRule(evaluation, catalogue.parameters(), majors, minors), seal);
    }

    private static Contribution contribution(Decision decision, Evaluation evaluation) {
        boolean reevaluated = evaluation.evaluatedAt() != null && decision.decidedAt() != null
                && evaluation.evaluatedAt().isAfter(decision.decidedAt());
        return new Contribution(decision.proposal(), evaluation.compliance(), evaluation.evaluatedAt(), decision.decision(),
                decision.decidedBy(), decision.decidedOn(), decision.justification(), reevaluated);
    }

    /** Every input of every finding once per value, in the order the findings first used it. */
    private static List<Datum> data(List<Finding> findings) {
        Map<String, Datum> byNameAndValue = new LinkedHashMap<>();
        for (Finding finding : findings) {
            finding.inputs().forEach((name, raw) -> {
                Value value = InputValues.of(raw);
                byNameAndValue.merge(name + "\u0000" + value, new Datum(name, DataOrigin.of(name), value, List.of(finding.criterion())),
                        (known, again) -> new Datum(name, known.origin(), value, union(known.criteria(), again.criteria())));
            });
        }
        return List.copyOf(byNameAndValue.values());
    }

    /** The evidence attached to the answers the findings used, as the self-assessment keeps it (name, SHA-256). */
    private static List<Evidence> evidence(List<Finding> findings, SelfAssessment assessment) {
        if (assessment == null) {
            return List.of();
        }
        Map<String, List<String>> criteriaByQuestion = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (String name : finding.inputs().keySet()) {
                String question = DataOrigin.of(name) == DataOrigin.EVIDENCE ? DataOrigin.evidencedQuestion(name) : name;
                criteriaByQuestion.merge(question, List.of(finding.criterion()), ExplanationPreparation::union);
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        criteriaByQuestion.forEach((question, criteria) -> {
            Answer answer = assessment.answers().get(question);
            if (answer != null) {
                for (EvidenceRef ref : answer.evidence()) {
                    evidence.add(new Evidence(question, ref.fileName(), ref.url(), ref.sha256(), ref.size(), criteria));
                }
            }
        });
        return evidence;
    }

    /**
     * The parameters of each applicable finding's criterion, with the finding's values they can have
     * been compared with (numbers, dates, values not given; all of them when there are none such),
     * then the decision rules' parameters, compared with the count of minor findings.
     */
    private static List<Threshold> thresholds(List<Finding> findings, Parameters parameters, int minors) {
        List<Threshold> thresholds = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.outcome() == null || !finding.outcome().isApplicable()) {
                continue;
            }
            List<Compared> all = finding.inputs().entrySet().stream()
                    .map(input -> new Compared(input.getKey(), InputValues.of(input.getValue()))).toList();
            List<Compared> comparable = all.stream().filter(c -> InputValues.comparable(c.value())).toList();
            for (Parameter parameter : parameters.all()) {
                if (parameter.criterion().equals(finding.criterion())) {
                    thresholds.add(threshold(parameter, comparable.isEmpty() ? all : comparable));
                }
            }
        }
        List<Compared> count = List.of(new Compared(MINOR_FINDINGS, InputValues.of(minors)));
        parameters.all().stream().filter(p -> p.criterion().equals(DECISION_GROUP))
                .forEach(parameter -> thresholds.add(threshold(parameter, count)));
        return thresholds;
    }

    private static Threshold threshold(Parameter parameter, List<Compared> compared) {
        return new Threshold(parameter.criterion(), parameter.name(), parameter.label(Locale.FRENCH), parameter.label(Locale.ENGLISH),
                parameter.bound(), Parameters.text(parameter, Locale.FRENCH), Parameters.text(parameter, Locale.ENGLISH), compared);
    }

    /** Each finding as the rules concluded it; the evaluation does not record which rule concluded. */
    private static List<Operation> operations(List<Finding> findings, Catalogue catalogue) {
        return findings.stream().map(finding -> {
            Optional<Criterion> criterion = catalogue.criterion(finding.criterion());
            return new Operation(finding.criterion(), criterion.map(Criterion::titleFr).orElse(finding.criterion()),
                    criterion.map(Criterion::titleEn).orElse(finding.criterion()), finding.outcome(), finding.explanation(), null);
        }).toList();
    }

    private static DecisionRule decisionRule(Evaluation evaluation, Parameters parameters, int majors, int minors) {
        Optional<Parameter> limit = parameters.parameter(MINORS_LIMIT);
        return new DecisionRule(evaluation.compliance(), evaluation.proposal(), majors, minors,
                limit.map(p -> Parameters.text(p, Locale.FRENCH)).orElse(null), limit.map(p -> Parameters.text(p, Locale.ENGLISH)).orElse(null));
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
