package fr.spro.label.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.evaluation.facts.Case;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;

/**
 * What a compiled rule set must pass before it can be used:
 * <ul>
 * <li>every rule name starts with a criterion id of the catalogue, or with what a decision rule
 *     decides, and every criterion has rules;</li>
 * <li>on a fixed set of sample structures, the rules conclude exactly once per criterion and on
 *     each decision, so a set that passes can be activated without breaking an evaluation.</li>
 * </ul>
 */
final class RuleSetChecks {

    /** How the rules of {@code conclusions.drl} name what they decide. */
    static final List<String> DECISION_PREFIXES = List.of("DECOMPTE", "CONFORMITE", "PROPOSITION", "SCORE", "PLAN D'ACTIONS");

    static final int PROBES = 200;
    private static final long PROBE_SEED = 20250101L;
    private static final Pattern RULE_DECLARATION =
            Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"']+))");
    private static final Pattern CRITERION_ID = Pattern.compile("^[A-Z]{3}-\\d{2}\\b");

    private RuleSetChecks() {
    }

    /** Every rule declared in the files, with its line, read from the text. */
    static List<RuleLocation> locate(Map<String, String> drl) {
        List<RuleLocation> rules = new ArrayList<>();
        drl.forEach((file, content) -> {
            Matcher matcher = RULE_DECLARATION.matcher(content);
            while (matcher.find()) {
                String name = Optional.ofNullable(matcher.group(1)).or(() -> Optional.ofNullable(matcher.group(2)))
                        .orElse(matcher.group(3));
                int line = (int) content.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                rules.add(new RuleLocation(name, file, line));
            }
        });
        return rules;
    }

    static List<Problem> namingProblems(List<RuleLocation> rules, Catalogue catalogue, String criteriaCsv) {
        List<Problem> problems = new ArrayList<>();
        Set<String> withRules = new LinkedHashSet<>();
        for (RuleLocation rule : rules) {
            Matcher id = CRITERION_ID.matcher(rule.name());
            if (id.find()) {
                if (catalogue.criterion(id.group()).isPresent()) {
                    withRules.add(id.group());
                } else {
                    problems.add(new Problem(rule.file(), rule.line(), "la règle « " + rule.name()
                            + " » porte sur " + id.group() + ", qui n'est pas dans le catalogue (" + Catalogue.CRITERIA_FILE + ")"));
                }
            } else if (DECISION_PREFIXES.stream().noneMatch(rule.name()::startsWith)) {
                problems.add(new Problem(rule.file(), rule.line(), "le nom de la règle « " + rule.name()
                        + " » doit commencer par l'identifiant de son critère (ex. ACC-03) ou par "
                        + String.join(", ", DECISION_PREFIXES)));
            }
        }
        for (Criterion criterion : catalogue.criteria()) {
            if (!withRules.contains(criterion.id())) {
                problems.add(new Problem(Catalogue.CRITERIA_FILE, lineOf(criteriaCsv, criterion.id()),
                        "aucune règle pour le critère " + criterion.id()));
            }
        }
        return problems;
    }

    private static int lineOf(String text, String id) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(id + ";")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Evaluates the sample structures and reports each distinct break of the invariant once, at
     * the first rule of the criterion concerned, naming the rules that fired.
     */
    static List<Problem> probe(RuleSet ruleSet) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.of(2025, 6, 30);
        List<EvaluationFacts> samples = SampleRequests.generate(PROBE_SEED, PROBES).stream().map(EvaluationFacts::of).toList();
        for (int from = 0; from < samples.size(); from += RuleSet.CASES_PER_SESSION) {
            List<EvaluationFacts> chunk = samples.subList(from, Math.min(samples.size(), from + RuleSet.CASES_PER_SESSION));
            Map<Case, RuleResults> results;
            try {
                results = ruleSet.fire(chunk, today);
            } catch (RunawayRule runaway) {
                return List.of(new Problem(runaway.location().file(), runaway.location().line(),
                        "sur les structures d'essai : " + runaway.getMessage()));
            } catch (RuntimeException failure) {
                return List.of(new Problem("(règles)", 0, "l'évaluation des structures d'essai échoue : " + rootMessage(failure)));
            }
            for (EvaluationFacts facts : chunk) {
                for (RuleResults.Defect defect : results.getOrDefault(facts.subject(), new RuleResults()).defects(ruleSet.criteria())) {
                    String key = defect.subject() + defect.message();
                    if (!problems.containsKey(key)) {
                        problems.put(key, locate(ruleSet, defect, facts, today));
                    }
                }
            }
        }
        return new ArrayList<>(problems.values());
    }

    private static Problem locate(RuleSet ruleSet, RuleResults.Defect defect, EvaluationFacts facts, LocalDate today) {
        List<String> fired = ruleSet.firedRules(facts, today).stream()
                .filter(name -> name.startsWith(defect.subject())).toList();
        RuleLocation first = ruleSet.rules().stream().filter(r -> r.name().startsWith(defect.subject())).findFirst()
                .orElse(new RuleLocation(defect.subject(), "(règles)", 0));
        String detail = fired.isEmpty()
                ? " pour la structure d'essai " + facts.subject().s() + ", " + facts.subject().q() + ", " + facts.subject().a()
                : " (règles déclenchées : " + String.join(", ", fired.stream().map(n -> "« " + n + " »").toList()) + ")";
        return new Problem(first.file(), first.line(), defect.subject() + " : " + defect.message() + detail);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
