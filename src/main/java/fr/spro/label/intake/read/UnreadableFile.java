package fr.spro.label.intake.read;

import fr.spro.label.intake.schema.Problem;

/** The file cannot be read as data at all; it is rejected whole. No stack trace: users' files do this. */
public final class UnreadableFile extends Exception {

    private final int line;
    private final Problem problem;

    public UnreadableFile(int line, Problem problem) {
        super(problem.code().name(), null, false, false);
        this.line = line;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public Problem problem() {
        return problem;
    }
}
