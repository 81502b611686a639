package fr.spro.label.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import fr.spro.label.referential.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referential as Drools rules. Builds the rule set once at start-up from the bundled
 * {@code rules/} or from {@code --rules-dir=DIR}, and refuses to start when it does not compile
 * (file, line and Drools' message). A new rule set can be compiled and checked at run time
 * ({@link #compile}) and then swapped in atomically ({@link #activate}); the one in force stays
 * until then. Evaluations may run on any number of threads.
 *
 * <p>At start-up, the rule set an officer activated last ({@link ActivatedRuleSets}) takes the
 * place of the bundled rules, so a restart or another instance keeps deciding the same way; an
 * explicit {@code --rules-dir} still wins (the operator asked for those files). A stored rule set
 * that no longer compiles (after an upgrade changed the facts, say) is reported in the log and the
 * bundled rules are used, so officers can still sign in and activate a corrected one.
 */
@Component
public class RuleEngine implements ActiveReferential {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final Clock clock;
    private final AtomicReference<RuleSet> active;
    /** Where activations are shared between instances; {@code null} outside Spring or with {@code --rules-dir}. */
    /** How stale the referential handed to pages and documents may be after another instance activated a rule set. */
    public static final Duration CATALOGUE_RECHECK = Duration.ofSeconds(1);

    private final ActivatedRuleSets shared;
    /** A stored rule set that was refused here, so it is not compiled again at every check. */
    private volatile String refusedFingerprint;
    /** When the shared store was last asked which rule set is in force ({@link System#nanoTime}). */
    private volatile long lastCheckedAt = System.nanoTime();

    @Autowired
    RuleEngine(@Value("${rules-dir:}") String rulesDir, Clock clock, ObjectProvider<ActivatedRuleSets> activated) {
        this(initialRuleSet(rulesDir, activated.getIfAvailable(), clock), clock,
                rulesDir == null || rulesDir.isBlank() ? activated.getIfAvailable() : null);
    }

    /** A rule engine on the rule files of a folder, outside Spring (tests, benchmarks, tools). */
    public static RuleEngine fromDirectory(Path rulesDirectory, Clock clock) {
        return new RuleEngine(RuleFiles.fromDirectory(rulesDirectory), clock);
    }

    RuleEngine(Map<String, String> files, Clock clock) {
        this(RuleSetCompiler.compile(files, clock), clock, null);
    }

    private RuleEngine(RuleSet ruleSet, Clock clock, ActivatedRuleSets shared) {
        this.clock = clock;
        this.active = new AtomicReference<>(ruleSet);
        this.shared = shared;
        log.info("Référentiel {} : {} critères, {} règles compilées en {} ms", ruleSet.version(),
                ruleSet.catalogue().criteria().size(), ruleSet.rules().size(), ruleSet.buildTime().toMillis());
    }

    /** {@code --rules-dir} when given, else the rule set activated last, else the bundled rules. */
    private static RuleSet initialRuleSet(String rulesDir, ActivatedRuleSets activated, Clock clock) {
        Optional<Map<String, String>> stored = activated == null ? Optional.empty() : activated.lastActivated();
        if (rulesDir != null && !rulesDir.isBlank()) {
            stored.ifPresent(files -> log.warn("--rules-dir={} : le jeu de règles activé en dernier par un agent est ignoré", rulesDir));
            return RuleSetCompiler.compile(RuleFiles.fromDirectory(Path.of(rulesDir)), clock);
        }
        if (stored.isPresent()) {
            try {
                RuleSet ruleSet = RuleSetCompiler.compile(stored.get(), clock);
                log.info("Jeu de règles activé en dernier repris de la base : référentiel {}", ruleSet.version());
                return ruleSet;
            } catch (RuleSetException refused) {
                log.error("Le jeu de règles activé en dernier ne compile plus ; les règles intégrées le remplacent. {}",
                        refused.getMessage());
            }
        }
        return RuleSetCompiler.compile(RuleFiles.bundled(), clock);
    }

    /**
     * Evaluates one structure with the rule set in force; stores nothing.
     *
     * @throws IllegalArgumentException for a resource partner, which the referential never evaluates
     */
    public Evaluation evaluate(EvaluationRequest request) {
        return active.get().evaluate(request);
    }

    /** The rule set in force in this instance, as last checked ({@link #inForce} checks again). */
    public RuleSet active() {
        return active.get();
    }

    /**
     * The rule set in force across every instance: when an officer activated another one on any
     * instance since this one last looked, it is loaded (compiled once per JVM, then cached) and
     * put in force here too. Called before each campaign job, what-if and single evaluation; an
     * explicit {@code --rules-dir} is never replaced.
     */
    public RuleSet inForce() {
        if (shared == null) {
            return active.get();
        }
        lastCheckedAt = System.nanoTime();
        Optional<String> stored = shared.lastFingerprint();
        RuleSet current = active.get();
        if (stored.isEmpty() || stored.get().equals(current.fingerprint()) || stored.get().equals(refusedFingerprint)) {
            return current;
        }
        Optional<Map<String, String>> files = shared.lastActivated();
        if (files.isEmpty()) {
            return current;
        }
        try {
            RuleSet loaded = RuleSetCompiler.compile(files.get(), clock);
            if (active.compareAndSet(current, loaded)) {
                log.info("Jeu de règles activé sur une autre instance repris ici : référentiel {} ({})", loaded.version(),
                        loaded.fingerprint().substring(0, 12));
            }
        } catch (RuleSetException refused) {
            refusedFingerprint = stored.get();
            log.error("Le jeu de règles activé en dernier est refusé ici ; celui en vigueur reste. {}", refused.getMessage());
        }
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

    /**
     * The referential of the rule set in force across instances, checked against the shared store
     * at most once per {@link #CATALOGUE_RECHECK}: pages and documents ask for it many times per
     * request (a label's validity, once per decision), one store read each would cost more than
     * the page.
     */
    @Override
    public Catalogue catalogue() {
        if (System.nanoTime() - lastCheckedAt < CATALOGUE_RECHECK.toNanos()) {
            return active.get().catalogue();
        }
        return inForce().catalogue();
    }
}
