package fr.spro.label.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.evaluation.RuleSetException;

/**
 * The corpus of hostile rule files ({@code src/test/resources/hostile-rules/}): one attack per
 * file, each saying in its first comment lines what it tries, a fragment of the French refusal
 * expected and the line the refusal must name. Also the bundled rule set with one hostile file
 * added, so a refusal can only come from that file, and the marker folder that the code of every
 * hostile file writes into if it ever runs.
 *
 * <p>Header of a corpus file:
 * <pre>
 * // attaque : what the file tries
 * // refus attendu : a fragment of the French message      (or « arrêt attendu » for a rule stopped at run time)
 * // ligne attendue : 14 | 13-14 (the consequence's then ... the statement) | 10|17 (either) | 0 (the whole file)
 * // règle attendue : the rule a runaway check must name  (runaway files only)
 * </pre>
 */
public final class HostileRules {

    public static final Path CORPUS = Path.of("src/test/resources/hostile-rules");
    /** Rule files made only of allowed constructs that run away at evaluation time. */
    public static final Path RUNAWAY = CORPUS.resolve("runaway");
    /** Where the code of a hostile file leaves a trace if it ever runs. */
    public static final Path MARKERS = Path.of("target/hostile-marker");
    /** The rule set bundled with the application, as its folder holds it. */
    public static final Path BUNDLED = Path.of("rules");

    private static final Pattern HEADER = Pattern.compile("^// ([^:]+?) : (.*)$");

    private HostileRules() {
    }

    /**
     * One hostile file of the corpus.
     *
     * @param expected fragment the refusal (or the runaway message) must contain
     * @param lines    the line the problem must name, as written in the header
     * @param rule     the rule a runaway check must name, or {@code null}
     */
    public record HostileFile(String name, String text, String attack, String expected, String lines, String rule) {

        /** True when a problem at this line points where the header says. */
        public boolean lineMatches(int line) {
            for (String alternative : lines.split("\\|")) {
                String[] range = alternative.strip().split("-");
                int from = Integer.parseInt(range[0].strip());
                int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                if (line >= from && line <= to) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The bundled rule set's files with this one added. The text gets a last comment line naming
         * the entry point tried, so that each entry point compiles a set of its own (a set that broke
         * the compiler for one entry point must not decide what the next one sees).
         */
        public Map<String, String> inBundledSet(String entryPoint) {
            Map<String, String> files = bundledFiles();
            files.put(name, textFor(entryPoint));
            return files;
        }

        /** The text with a last comment line naming the entry point. */
        public String textFor(String entryPoint) {
            return text + (text.endsWith("\n") ? "" : "\n") + "// point d'entrée essayé : " + entryPoint + "\n";
        }

        /** The problems of this file among those of a refusal, one per line, for assertion messages. */
        public String describe(List<Problem> problems) {
            List<Problem> mine = problems.stream().filter(p -> p.file().equals(name)).toList();
            String others = problems.size() == mine.size() ? ""
                    : " (et " + (problems.size() - mine.size()) + " problème(s) d'autres fichiers, dont "
                    + problems.stream().filter(p -> !p.file().equals(name)).limit(3).map(Problem::describe)
                    .collect(Collectors.joining(" ; ")) + ")";
            return (mine.isEmpty() ? "aucun problème pour " + name
                    : mine.stream().map(Problem::describe).collect(Collectors.joining("\n"))) + others;
        }

        /** The problem that names this file, the line of the header and the expected fragment, if any. */
        public Optional<Problem> expectedProblem(List<Problem> problems) {
            return problems.stream().filter(p -> p.file().equals(name) && lineMatches(p.line()) && p.message().contains(expected)
                    && namesTheRule(p.message())).findFirst();
        }

        /**
         * The refusal of this file in a text that lists problems one per line as {@link Problem#describe()}
         * writes them (a command's output, a log line, the items of the page): naming the file, the line
         * of the header and the expected fragment.
         */
        public Optional<String> refusalIn(String text) {
            Matcher problem = Pattern.compile("(?<![\\w.-])" + Pattern.quote(name) + "(?:, ligne (\\d+))? : ([^\\n]*)").matcher(text);
            while (problem.find()) {
                int line = problem.group(1) == null ? 0 : Integer.parseInt(problem.group(1));
                String message = problem.group(2);
                if (lineMatches(line) && message.contains(expected) && namesTheRule(message)) {
                    return Optional.of(problem.group());
                }
            }
            return Optional.empty();
        }

        /** True when the message names the rule of the header, « between quotes » (one of them when it says « A|B »), or there is none. */
        public boolean namesTheRule(String message) {
            return rule == null || java.util.Arrays.stream(rule.split("\\|")).anyMatch(r -> message.contains("« " + r.strip() + " »"));
        }

        /** What the refusal should be, for assertion messages. */
        public String expectation() {
            return name + " (" + attack + ") : refus attendu à la ligne " + lines + " contenant « " + expected + " »"
                    + (rule == null ? "" : " et nommant la règle « " + rule + " »");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every hostile file refused before anything of it is compiled (the corpus' top folder), by name. */
    public static List<HostileFile> corpus() {
        return read(CORPUS);
    }

    /** The rule files of allowed constructs that run away (refused by the sample check, or stopped at evaluation). */
    public static List<HostileFile> runaways() {
        return read(RUNAWAY);
    }

    public static HostileFile file(String name) {
        return Stream.concat(corpus().stream(), runaways().stream()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("pas de fichier hostile " + name));
    }

    private static List<HostileFile> read(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<HostileFile> files = new ArrayList<>();
            for (Path path : entries.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                files.add(parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileFile parse(String name, String text) {
        Map<String, String> header = new TreeMap<>();
        for (String line : text.lines().limit(6).toList()) {
            Matcher field = HEADER.matcher(line);
            if (field.matches()) {
                header.putIfAbsent(field.group(1).strip(), field.group(2).strip());
            }
        }
        String attack = header.get("attaque");
        String expected = header.getOrDefault("refus attendu", header.get("arrêt attendu"));
        String lines = header.get("ligne attendue");
        if (attack == null || expected == null || lines == null) {
            throw new IllegalStateException(name + " : en-tête incomplet (attaque, refus attendu, ligne attendue) : " + header);
        }
        return new HostileFile(name, text, attack, expected, lines, header.get("règle attendue"));
    }

    /**
     * The files of the bundled rule set as its folder holds them: every {@code .drl},
     * {@code criteria.csv}, {@code referential.properties} and {@code parameters.csv}.
     */
    public static Map<String, String> bundledFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(BUNDLED)) {
            for (Path file : entries.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl") || name.equals("criteria.csv") || name.equals("referential.properties")
                        || name.equals("parameters.csv")) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Empties the marker folder (and creates it, so that a hostile file's write would succeed and show). */
    public static void emptyMarkers() {
        try {
            if (Files.exists(MARKERS)) {
                try (Stream<Path> all = Files.walk(MARKERS)) {
                    for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                        if (!path.equals(MARKERS)) {
                            Files.delete(path);
                        }
                    }
                }
            }
            Files.createDirectories(MARKERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the code of hostile files left in the marker folder: empty when none of it ran. */
    public static List<String> markers() {
        if (!Files.isDirectory(MARKERS)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(MARKERS)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a refusal, or an error saying what was thrown instead. */
    public static List<Problem> problems(HostileFile hostile, Throwable thrown) {
        if (thrown == null) {
            throw new AssertionError(hostile.expectation() + " ; mais le jeu de règles a été ACCEPTÉ");
        }
        if (!(thrown instanceof RuleSetException refused)) {
            AssertionError error = new AssertionError(hostile.expectation() + " ; mais le contrôle a échoué autrement que par un refus : "
                    + thrown.getClass().getName() + (thrown.getMessage() == null ? "" : " : " + firstLine(thrown.getMessage())));
            error.initCause(thrown);
            throw error;
        }
        return refused.problems();
    }

    /** Asserts that the refusal names the hostile file, the line of its header and the expected fragment. */
    public static Problem assertRefused(HostileFile hostile, Throwable thrown) {
        List<Problem> problems = problems(hostile, thrown);
        return hostile.expectedProblem(problems).orElseThrow(() -> new AssertionError(hostile.expectation()
                + " ; problèmes obtenus :\n" + hostile.describe(problems)));
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("");
    }

    /**
     * Runs the action on a thread of its own and gives what it threw ({@code null} when it returned).
     * Fails when it is still running after the limit, and then stops that thread: a hostile file the
     * engine cannot stop must not keep a core of the build machine busy, nor fill its memory.
     */
    @SuppressWarnings("deprecation")
    public static Throwable thrownWithin(Duration limit, Runnable action) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                action.run();
            } catch (Throwable failure) {
                thrown.set(failure);
            }
        }, "hostile-rules");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(limit.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            Thread.State state = worker.getState();
            String where = Arrays.stream(worker.getStackTrace()).limit(12).map(String::valueOf).collect(Collectors.joining("\n    "));
            worker.stop(); // Java 17: the only way to end a join that Drools' halt() does not interrupt
            throw new AssertionError("toujours en cours après " + limit.toSeconds() + " s (" + state + "), arrêté de force :\n    " + where);
        }
        return thrown.get();
    }
}
