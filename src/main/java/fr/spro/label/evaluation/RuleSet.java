package fr.spro.label.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.facts.ActionPoint;
import fr.spro.label.evaluation.facts.Case;
import fr.spro.label.evaluation.facts.Referential;
import fr.spro.label.evaluation.facts.Score;
import fr.spro.label.evaluation.facts.Verdict;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.Theme;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A compiled set of rule files with its catalogue: it evaluates a structure whether or not it is
 * the rule set in force, so a draft can be tried on past data without touching anything. Built by
 * {@link RuleEngine#compile}; immutable and safe to share between threads (each evaluation works
 * in a session of its own, borrowed from a pool).
 */
public final class RuleSet {


    /**
     * Cases evaluated in one session. A session costs about as much to set up as evaluating a
     * few structures; beyond a few hundred cases the saving is spent and memory keeps growing.
     */
    static final int CASES_PER_SESSION = 256;

    private final CompiledRules compiled;
    private final Catalogue catalogue;
    private final Map<String, String> files;
    private final String fingerprint;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Clock clock;
    private final List<Criterion> criteria;
    private final Map<String, Integer> criterionOrder = new HashMap<>();

    RuleSet(CompiledRules compiled, Catalogue catalogue, Map<String, String> files, String fingerprint, Clock clock) {
        this.compiled = compiled;
        this.catalogue = catalogue;
        this.files = files;
        this.fingerprint = fingerprint;
        this.kieBase = compiled.kieBase();
        this.sessions = compiled.sessions();
        this.clock = clock;
        this.criteria = catalogue.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            criterionOrder.put(criteria.get(i).id(), i);
        }
    }

    /** The referential version of {@code referential.properties}, e.g. {@code 2025.1}. */
    public String version() {
        return catalogue.version();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The rule files, catalogue and parameters of this set, by file name. */
    public Map<String, String> files() {
        return files;
    }

    /** SHA-256 of the files, parameters included: two sets with the same fingerprint decide the same way. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Every rule with its file and line, in file and line order. */
    public List<RuleLocation> rules() {
        return compiled.rules();
    }

    /**
     * The digest an evaluation of this request by this rule set would carry, without evaluating:
     * equal to a stored evaluation's digest exactly when that evaluation is still current.
     */
    public String digestOf(EvaluationRequest request) {
        return InputsDigest.of(request, this);
    }

    /** How long compiling the rule files took. */
    public Duration buildTime() {
        return compiled.buildTime();
    }

    /**
     * Evaluates one structure: one finding per criterion of the catalogue, charter compliance,
     * label proposal with its action plan, scores. Stores nothing.
     *
     * @throws IllegalArgumentException for a structure that takes no part in evaluations (a resource partner, or one without a territory)
     * @throws IllegalStateException    when the rules do not conclude exactly once per criterion
     */
    public Evaluation evaluate(EvaluationRequest request) {
        return evaluateAll(List.of(request)).get(0);
    }

    /**
     * Evaluates several structures, as {@link #evaluate} does one by one but in shared rule
     * sessions, which is several times cheaper per structure. The evaluations come in the order
     * of the requests.
     *
     * @throws IllegalArgumentException when one of them takes no part in evaluations (nothing is evaluated)
     * @throws IllegalStateException    when the rules do not conclude exactly once per criterion
     */
    public List<Evaluation> evaluateAll(List<EvaluationRequest> requests) {
        requests.forEach(RuleSet::requireEvaluated);
        // Millisecond precision: what the store keeps, so a stored evaluation reads back equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<Evaluation> evaluations = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += CASES_PER_SESSION) {
            List<EvaluationRequest> chunk = requests.subList(from, Math.min(requests.size(), from + CASES_PER_SESSION));
            List<EvaluationFacts> facts = new ArrayList<>(chunk.size());
            chunk.forEach(request -> facts.add(EvaluationFacts.of(request)));
            Map<Case, RuleResults> results = fire(facts, today);
            for (int i = 0; i < chunk.size(); i++) {
                EvaluationFacts one = facts.get(i);
                RuleResults conclusions = results.get(one.subject());
                if (conclusions == null) {
                    conclusions = new RuleResults();
                }
                List<RuleResults.Defect> defects = conclusions.defects(criteria);
                if (!defects.isEmpty()) {
                    throw new IllegalStateException("Jeu de règles " + version() + " incohérent pour la structure "
                            + chunk.get(i).structure().id() + " : " + defects.stream()
                            .map(d -> d.subject() + " " + d.message()).collect(Collectors.joining(" ; ")));
                }
                evaluations.add(assemble(chunk.get(i), one, conclusions, now));
            }
        }
        return evaluations;
    }

    private static void requireEvaluated(EvaluationRequest request) {
        if (!request.structure().isEvaluated()) {
            throw new IllegalArgumentException("La structure " + request.structure().id()
                    + " n'est pas évaluée : seuls les membres et membres associés rattachés à un territoire le sont (appartenance "
                    + request.structure().membership() + ", territoire " + request.structure().territory() + ")");
        }
    }

    /**
     * Runs the rules on these cases in one session and sorts the conclusions by case.
     *
     * @throws RunawayRule when a rule keeps firing or the evaluation outlasts its time limit
     */
    Map<Case, RuleResults> fire(List<EvaluationFacts> facts, LocalDate evaluatedOn) {
        KieSession session = sessions.newKieSession();
        try {
            prepare(session, evaluatedOn);
            for (EvaluationFacts one : facts) {
                session.insert(one.subject());
            }
            FiringGuard guard = new FiringGuard(session, facts.size());
            try {
                session.fireAllRules(guard);
            } catch (ConsequenceException failed) {
                // A consequence refused what it was asked to build (a sentence growing without end, say): name its rule.
                String rule = failed.getRule() == null ? "(règle inconnue)" : failed.getRule().getName();
                throw new RunawayRule(rule, location(rule), "conclusion refusée (" + rootMessage(failed) + ")");
            }
            guard.verdict().ifPresent(runaway -> {
                throw new RunawayRule(runaway.rule(), location(runaway.rule()), runaway.reason());
            });
            return RuleResults.collect(session.getObjects(), facts.size());
        } finally {
            session.dispose();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The parameters and the referential fact every session starts with. */
    private void prepare(KieSession session, LocalDate evaluatedOn) {
        if (compiled.declaresParameters()) {
            session.setGlobal(Parameters.GLOBAL, catalogue.parameters());
        }
        session.insert(new Referential(version(), evaluatedOn, catalogue.periods().conditions()));
    }

    private RuleLocation location(String rule) {
        return compiled.rules().stream().filter(r -> r.name().equals(rule)).findFirst().orElse(new RuleLocation(rule, "(règles)", 0));
    }

    /** The names of the rules that fired for one case: to explain a defect, never on the hot path. */
    List<String> firedRules(EvaluationFacts facts, LocalDate evaluatedOn) {
        KieSession session = kieBase.newKieSession();
        List<String> fired = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            prepare(session, evaluatedOn);
            session.insert(facts.subject());
            session.fireAllRules(new FiringGuard(session, 1));
            return fired;
        } finally {
            session.dispose();
        }
    }

    List<Criterion> criteria() {
        return criteria;
    }

    private Evaluation assemble(EvaluationRequest request, EvaluationFacts facts, RuleResults results, Instant now) {
        List<Finding> findings = new ArrayList<>(criteria.size());
        for (Criterion criterion : criteria) {
            Verdict verdict = results.verdicts.get(criterion.id());
            findings.add(new Finding(criterion.id(), criterion.theme().name(), verdict.outcome(), verdict.explanation(),
                    verdict.inputs(), evidence(verdict, facts)));
        }
        List<ActionItem> actionPlan = results.actionPoints.stream()
                .sorted(Comparator.comparing((ActionPoint p) -> criterionOrder.getOrDefault(p.criterion(), Integer.MAX_VALUE)))
                .map(p -> new ActionItem(p.criterion(), p.description(), p.dueOn(), ActionItem.ActionStatus.OPEN, null, null))
                .toList();
        String structureId = request.structure().id();
        String campaign = request.campaign().id();
        return new Evaluation(Evaluation.idOf(structureId, campaign), structureId, campaign, version(),
                results.compliance.get(0).compliance(), results.proposals.get(0).decision(), scores(results.scores),
                findings, actionPlan, now, false, InputsDigest.of(facts, version(), fingerprint()));
    }

    /** The evidence attached to the answers a verdict used. */
    private static List<String> evidence(Verdict verdict, EvaluationFacts facts) {
        Map<String, List<String>> byAnswer = facts.evidenceLabels();
        if (byAnswer.isEmpty()) {
            return List.of();
        }
        List<String> labels = new ArrayList<>(0);
        verdict.inputs().forEach((input, value) -> {
            List<String> attached = byAnswer.get(input);
            if (attached != null) {
                labels.addAll(attached);
            }
        });
        return labels;
    }

    /** Theme scores in the referential's theme order, then {@code overall}. */
    private static Map<String, Double> scores(List<Score> scores) {
        Map<String, Double> byKey = new HashMap<>();
        scores.forEach(s -> byKey.put(s.key(), s.value()));
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            Double value = byKey.get(theme.name());
            if (value != null) {
                ordered.put(theme.name(), value);
            }
        }
        if (byKey.containsKey(Score.OVERALL)) {
            ordered.put(Score.OVERALL, byKey.get(Score.OVERALL));
        }
        return ordered;
    }
}
