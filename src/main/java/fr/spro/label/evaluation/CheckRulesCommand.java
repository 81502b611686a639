package fr.spro.label.evaluation;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.spro.label.cli.Command;
import fr.spro.label.referential.LabelDecision;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code check-rules [--rules-dir=DIR]}: what a quality officer runs after changing a rule file.
 * The rule set was compiled and checked at start-up (a broken one stops the start with file,
 * line and message); this prints what it holds and the proposals it makes on the sample
 * structures, to compare with the rule set in force.
 */
@Component
class CheckRulesCommand implements Command {

    private static final int SAMPLES = 1000;
    private static final long SEED = 1L;

    private final RuleEngine engine;

    CheckRulesCommand(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "check-rules";
    }

    @Override
    public String usage() {
        return "check-rules [--rules-dir=DIR]   vérifie un jeu de règles et montre ses propositions sur "
                + SAMPLES + " structures d'essai";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        RuleSet ruleSet = engine.active();
        System.out.printf("Jeu de règles %s valide : %d critères, %d règles, compilées en %d ms (empreinte %s)%n",
                ruleSet.version(), ruleSet.catalogue().criteria().size(), ruleSet.rules().size(),
                ruleSet.buildTime().toMillis(), ruleSet.fingerprint().substring(0, 12));
        Map<String, Long> perFile = ruleSet.rules().stream()
                .collect(Collectors.groupingBy(RuleLocation::file, TreeMap::new, Collectors.counting()));
        perFile.forEach((file, count) -> System.out.printf("  %-14s %3d règles%n", file, count));
        Map<LabelDecision, Integer> proposals = new EnumMap<>(LabelDecision.class);
        for (Evaluation evaluation : ruleSet.evaluateAll(SampleRequests.generate(SEED, SAMPLES))) {
            proposals.merge(evaluation.proposal(), 1, Integer::sum);
        }
        System.out.println("Propositions sur " + SAMPLES + " structures d'essai : " + proposals.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        return 0;
    }
}
