package fr.spro.label.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be used: a rule file that does not compile, a catalogue that cannot be
 * read, a rule that names no criterion of the catalogue, or rules that do not give exactly one
 * verdict per criterion. Lists every problem found, each with its file and line, so a quality
 * officer can fix them all at once.
 */
public class RuleSetException extends RuntimeException {

    /**
     * One problem in one file.
     *
     * @param line 1-based line in the file, 0 when the problem concerns the file as a whole
     */
    public record Problem(String file, int line, String message) {

        /** The problem as one French line, e.g. {@code net.drl, ligne 12 : ...}. */
        public String describe() {
            return line > 0 ? file + ", ligne " + line + " : " + message : file + " : " + message;
        }
    }

    private final transient List<Problem> problems;

    public RuleSetException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule set is refused for at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }

    private static String describe(List<Problem> problems) {
        return "Jeu de règles refusé (" + problems.size() + (problems.size() > 1 ? " erreurs" : " erreur") + ") :\n"
                + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The file of the first problem. */
    public String file() {
        return problems.get(0).file();
    }

    /** The line of the first problem (0 when it concerns the whole file). */
    public int line() {
        return problems.get(0).line();
    }
}
