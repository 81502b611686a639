package fr.spro.label.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import fr.spro.label.referential.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referential as Drools rules. Builds the rule set once at start-up from the bundled
 * {@code rules/} or from {@code --rules-dir=DIR}, and refuses to start when it does not compile
 * (file, line and Drools' message). A new rule set can be compiled and checked at run time
 * ({@link #compile}) and then swapped in atomically ({@link #activate}); the one in force stays
 * until then. Evaluations may run on any number of threads.
 */
@Component
public class RuleEngine implements ActiveReferential {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final Clock clock;
    private final AtomicReference<RuleSet> active;

    @Autowired
    RuleEngine(@Value("${rules-dir:}") String rulesDir, Clock clock) {
        this(rulesDir == null || rulesDir.isBlank() ? RuleFiles.bundled() : RuleFiles.fromDirectory(Path.of(rulesDir)), clock);
    }

    /** A rule engine on the rule files of a folder, outside Spring (tests, benchmarks, tools). */
    public static RuleEngine fromDirectory(Path rulesDirectory, Clock clock) {
        return new RuleEngine(RuleFiles.fromDirectory(rulesDirectory), clock);
    }

    RuleEngine(Map<String, String> files, Clock clock) {
        this.clock = clock;
        RuleSet ruleSet = RuleSetCompiler.compile(files, clock);
        this.active = new AtomicReference<>(ruleSet);
        log.info("Référentiel {} : {} critères, {} règles compilées en {} ms", ruleSet.version(),
                ruleSet.catalogue().criteria().size(), ruleSet.rules().size(), ruleSet.buildTime().toMillis());
    }

    /**
     * Evaluates one structure with the rule set in force; stores nothing.
     *
     * @throws IllegalArgumentException for a resource partner, which the referential never evaluates
     */
    public Evaluation evaluate(EvaluationRequest request) {
        return active.get().evaluate(request);
    }

    /** The rule set in force. */
    public RuleSet active() {
        return active.get();
    }

    /**
     * Compiles and checks a draft rule set (file name to content) without activating it. The
     * {@code .drl} files of the draft replace all those in force; {@code criteria.csv} and
     * {@code referential.properties} are taken from the rule set in force when the draft has none.
     *
     * @throws RuleSetException listing every problem, each with its file and line
     */
    public RuleSet compile(Map<String, String> files) {
        Map<String, String> draft = new TreeMap<>(files);
        active.get().files().forEach((name, content) -> {
            if (!name.endsWith(".drl")) {
                draft.putIfAbsent(name, content);
            }
        });
        return RuleSetCompiler.compile(draft, clock);
    }

    /** Puts a compiled rule set in force; evaluations already running finish with the previous one. */
    public void activate(RuleSet candidate) {
        Objects.requireNonNull(candidate, "rule set");
        RuleSet previous = active.getAndSet(candidate);
        log.info("Référentiel {} ({}) mis en vigueur à la place de {} ({})", candidate.version(),
                candidate.fingerprint().substring(0, 12), previous.version(), previous.fingerprint().substring(0, 12));
    }

    @Override
    public Catalogue catalogue() {
        return active.get().catalogue();
    }
}
