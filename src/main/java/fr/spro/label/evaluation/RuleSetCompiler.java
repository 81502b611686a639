package fr.spro.label.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Parameters;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns rule files into a {@link RuleSet}, or refuses them with every problem found: the
 * catalogue ({@code criteria.csv}, {@code referential.properties}, {@code parameters.csv}) must
 * read, every {@code .drl} file must pass the allow-list ({@link RuleFileCheck}) before anything of
 * it is compiled, then compile (Drools' message, file and line), then the {@link RuleSetChecks} must pass.
 * Compiles through the knowledge builder rather than a KIE module: the same DRL compiler without
 * the Maven-module machinery, which halves the cold build time measured here. Compiling takes
 * seconds on a cold JVM, so results are cached by fingerprint (every Spring context of a JVM, and
 * every evaluation of a draft, share one knowledge base) and the application starts compiling its
 * rules in the background as soon as its configuration is known ({@link RuleSetPreloader}).
 */
final class RuleSetCompiler {

    private static final String PARSER_NOISE = "Parser returned a null Package";

    /** Rule sets compiled in this JVM, by fingerprint: a few, as drafts come and go. */
    private static final int CACHED = 4;
    private static final Map<String, CompletableFuture<CompiledRules>> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<CompiledRules>> eldest) {
            return size() > CACHED;
        }
    };
    /** Fingerprints of the rule sets (parameters included) that passed the sample structures in this JVM. */
    private static final Set<String> PROBED = new HashSet<>();
    private static final Logger log = LoggerFactory.getLogger(RuleSetCompiler.class);

    private RuleSetCompiler() {
    }

    /**
     * A checked rule set for these files, evaluating with this clock. The rule files are compiled
     * once per JVM for the same .drl and catalogue files (see {@link #compiled}): a set that differs
     * only by its parameters reuses them, since parameters are data the rules read at run time.
     *
     * @throws RuleSetException listing every problem
     */
    static RuleSet compile(Map<String, String> files, Clock clock) {
        Map<String, String> sorted = new TreeMap<>(files);
        Catalogue catalogue = catalogue(sorted);
        CompiledRules compiled = compiled(sorted);
        List<Problem> problems = new ArrayList<>();
        for (String used : compiled.parametersUsed()) {
            if (!catalogue.parameters().contains(used)) {
                problems.add(new Problem(Parameters.FILE, 0, "paramètre « " + used + " » lu par les règles mais absent du fichier"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        RuleSet ruleSet = new RuleSet(compiled, catalogue, Collections.unmodifiableMap(sorted), InputsDigest.fingerprint(sorted), clock);
        probeOnce(ruleSet);
        return ruleSet;
    }

    /**
     * Runs the sample structures through a set once per JVM and fingerprint: parameters change what
     * the rules conclude, so each new set of them is tried before it can be used.
     */
    private static void probeOnce(RuleSet ruleSet) {
        synchronized (PROBED) {
            if (PROBED.contains(ruleSet.fingerprint())) {
                return;
            }
        }
        List<Problem> problems = RuleSetChecks.probe(ruleSet);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        synchronized (PROBED) {
            PROBED.add(ruleSet.fingerprint());
        }
    }

    /**
     * The compiled rules of these files: from the cache when the same rule and catalogue files were
     * compiled already in this JVM (or are being compiled, by {@link #preload}), otherwise checked
     * and compiled now. {@code parameters.csv} is not part of the key.
     *
     * @throws RuleSetException listing every problem
     */
    static CompiledRules compiled(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>(files);
        Map<String, String> key = new TreeMap<>(sorted);
        key.remove(Parameters.FILE);
        CompletableFuture<CompiledRules> future;
        boolean mine = false;
        String fingerprint = InputsDigest.fingerprint(key);
        synchronized (CACHE) {
            future = CACHE.get(fingerprint);
            if (future == null) {
                future = new CompletableFuture<>();
                CACHE.put(fingerprint, future);
                mine = true;
            }
        }
        if (mine) {
            build(sorted, fingerprint, future);
        }
        try {
            return future.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /**
     * Starts compiling these files on a background thread, so that a rule engine created later
     * finds them compiled: the application compiles its rules while Spring starts the rest.
     */
    static void preload(Map<String, String> files) {
        Thread thread = new Thread(() -> {
            try {
                compiled(files);
            } catch (RuntimeException refused) {
                // Reported by the rule engine, which asks for the same files and gets the same failure.
                log.debug("Préchargement des règles refusé", refused);
            }
        }, "rules-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void build(Map<String, String> files, String fingerprint, CompletableFuture<CompiledRules> future) {
        try {
            future.complete(build(files, fingerprint));
        } catch (RuntimeException | Error refused) {
            // Every failure completes the future: a caller waiting for the same files must never wait for ever.
            synchronized (CACHE) {
                CACHE.remove(fingerprint);
            }
            future.completeExceptionally(refused instanceof StackOverflowError
                    ? new RuleSetException("(règles)", 0, "construction refusée : règles trop imbriquées pour le compilateur")
                    : refused);
            if (refused instanceof Error error && !(refused instanceof StackOverflowError)) {
                throw error;
            }
        }
    }

    private static CompiledRules build(Map<String, String> sorted, String fingerprint) {
        Map<String, String> drl = new LinkedHashMap<>();
        sorted.forEach((name, content) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, content);
            }
        });
        if (drl.isEmpty()) {
            throw new RuleSetException("(dossier de règles)", 0, "aucun fichier .drl");
        }
        Catalogue catalogue = catalogue(sorted);
        List<RuleFileCheck.Checked> checked = checkAll(drl, catalogue.parameters());
        long start = System.nanoTime();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleSetCompiler.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        // What the allow-list read is what is compiled: the parsed description, never the text again.
        checked.forEach(file -> batch.add(ResourceFactory.newDescrResource(file.description()).setSourcePath(file.file()),
                ResourceType.DESCR));
        batch.build();
        List<Problem> problems = compilationProblems(builder);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        Duration buildTime = Duration.ofNanos(System.nanoTime() - start);

        List<RuleLocation> rules = RuleSetChecks.locate(drl);
        problems.addAll(RuleSetChecks.namingProblems(rules, catalogue, sorted.get(Catalogue.CRITERIA_FILE)));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        Set<String> parametersUsed = new TreeSet<>();
        checked.forEach(file -> parametersUsed.addAll(file.parametersUsed()));
        boolean declaresParameters = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(Parameters.GLOBAL)));
        return new CompiledRules(fingerprint, kieBase, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()),
                List.copyOf(rules), buildTime, Set.copyOf(parametersUsed), declaresParameters);
    }

    /** Every rule file through the allow-list; every refusal of every file, or nothing compiled. */
    private static List<RuleFileCheck.Checked> checkAll(Map<String, String> drl, Parameters parameters) {
        Set<String> names = new TreeSet<>();
        parameters.all().forEach(p -> names.add(p.name()));
        List<RuleFileCheck.Checked> checked = new ArrayList<>();
        List<Problem> refusals = new ArrayList<>();
        drl.forEach((name, content) -> {
            try {
                checked.add(RuleFileCheck.check(name, content, names));
            } catch (RuleSetException refused) {
                refusals.addAll(refused.problems());
            }
        });
        if (!refusals.isEmpty()) {
            throw new RuleSetException(refusals);
        }
        return checked;
    }

    private static Catalogue catalogue(Map<String, String> files) {
        List<Problem> missing = new ArrayList<>();
        for (String required : List.of(Catalogue.CRITERIA_FILE, Catalogue.PROPERTIES_FILE, Parameters.FILE)) {
            if (!files.containsKey(required)) {
                missing.add(new Problem(required, 0, "fichier manquant"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleSetException(missing);
        }
        try {
            return Catalogue.parse(files.get(Catalogue.CRITERIA_FILE), files.get(Catalogue.PROPERTIES_FILE), files.get(Parameters.FILE));
        } catch (RuntimeException unreadable) {
            String message = unreadable.getMessage() == null ? unreadable.getClass().getSimpleName() : unreadable.getMessage();
            String file = message.startsWith(Catalogue.CRITERIA_FILE) ? Catalogue.CRITERIA_FILE
                    : message.startsWith(Parameters.FILE) ? Parameters.FILE : Catalogue.PROPERTIES_FILE;
            throw new RuleSetException(file, 0, message);
        }
    }

    private static List<Problem> compilationProblems(KnowledgeBuilder builder) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            String file = result.getResource() == null ? "(règles)" : result.getResource().getSourcePath();
            int line = Arrays.stream(result.getLines()).filter(l -> l > 0).findFirst().orElse(0);
            problems.add(new Problem(file, line, result.getMessage().strip()));
        }
        // Drools adds "null Package" after a syntax error of the same file: it says nothing more.
        if (problems.stream().anyMatch(p -> !p.message().contains(PARSER_NOISE))) {
            problems.removeIf(p -> p.message().contains(PARSER_NOISE));
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return problems;
    }

}
