package fr.spro.label.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.facts.ActionPoint;
import fr.spro.label.evaluation.facts.Case;
import fr.spro.label.evaluation.facts.CharterCompliance;
import fr.spro.label.evaluation.facts.Proposal;
import fr.spro.label.evaluation.facts.Score;
import fr.spro.label.evaluation.facts.Scores;
import fr.spro.label.evaluation.facts.Verdict;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Outcome;

/**
 * What the rules concluded about one case, and the check that they concluded exactly once on
 * every criterion and on each decision: the invariant that keeps a report complete.
 */
final class RuleResults {

    /** A break of the invariant, on a criterion id or on one of the decisions. */
    record Defect(String subject, String message) {
    }

    final Map<String, Verdict> verdicts = new HashMap<>(64);
    final List<CharterCompliance> compliance = new ArrayList<>(1);
    final List<Proposal> proposals = new ArrayList<>(1);
    final List<Score> scores = new ArrayList<>(10);
    final List<ActionPoint> actionPoints = new ArrayList<>(4);
    /** Criteria with more than one verdict, with all their outcomes. */
    private final Map<String, List<Outcome>> repeated = new TreeMap<>();

    /** Sorts the conclusions in a session's working memory by the case they are about. */
    static Map<Case, RuleResults> collect(Collection<?> workingMemory, int cases) {
        Map<Case, RuleResults> byCase = new IdentityHashMap<>(cases * 2);
        for (Object fact : workingMemory) {
            if (fact instanceof Verdict verdict) {
                byCase.computeIfAbsent(verdict.subject(), c -> new RuleResults()).add(verdict);
            } else if (fact instanceof CharterCompliance c) {
                byCase.computeIfAbsent(c.subject(), k -> new RuleResults()).compliance.add(c);
            } else if (fact instanceof Proposal p) {
                byCase.computeIfAbsent(p.subject(), k -> new RuleResults()).proposals.add(p);
            } else if (fact instanceof Scores s) {
                // The bundled rules insert all the scores of a case in one fact; read as one Score each.
                List<Score> scores = byCase.computeIfAbsent(s.subject(), k -> new RuleResults()).scores;
                s.values().forEach((key, value) -> scores.add(new Score(s.subject(), key, value)));
            } else if (fact instanceof Score s) {
                byCase.computeIfAbsent(s.subject(), k -> new RuleResults()).scores.add(s);
            } else if (fact instanceof ActionPoint a) {
                byCase.computeIfAbsent(a.subject(), k -> new RuleResults()).actionPoints.add(a);
            }
        }
        return byCase;
    }

    private void add(Verdict verdict) {
        Verdict earlier = verdicts.putIfAbsent(verdict.criterion(), verdict);
        if (earlier != null) {
            repeated.computeIfAbsent(verdict.criterion(), c -> new ArrayList<>(List.of(earlier.outcome()))).add(verdict.outcome());
        }
    }

    /** Every break of the invariant: exactly one verdict per catalogue criterion, one compliance, one proposal. */
    List<Defect> defects(List<Criterion> criteria) {
        List<Defect> all = new ArrayList<>(0);
        repeated.forEach((criterion, outcomes) -> all.add(new Defect(criterion, "plusieurs verdicts pour le même critère ("
                + outcomes.stream().sorted().map(Outcome::name).collect(Collectors.joining(", ")) + ")")));
        int missing = 0;
        for (Criterion criterion : criteria) {
            if (!verdicts.containsKey(criterion.id())) {
                all.add(new Defect(criterion.id(), "aucune règle ne conclut"));
                missing++;
            }
        }
        if (verdicts.size() + missing != criteria.size()) {
            Set<String> known = criteria.stream().map(Criterion::id).collect(Collectors.toSet());
            verdicts.keySet().stream().filter(id -> !known.contains(id)).sorted()
                    .forEach(id -> all.add(new Defect(id, "verdict pour un critère absent du catalogue")));
        }
        if (compliance.size() != 1) {
            all.add(new Defect("CONFORMITE", compliance.size() + " conclusions de conformité au lieu d'une"));
        }
        if (proposals.size() != 1) {
            all.add(new Defect("PROPOSITION", proposals.size() + " propositions de label au lieu d'une"));
        }
        return all;
    }
}
