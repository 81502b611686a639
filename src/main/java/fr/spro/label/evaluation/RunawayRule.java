package fr.spro.label.evaluation;

/**
 * An evaluation stopped because of one rule: it kept firing, the rules outlasted their time limit
 * while it fired, or what it concluded was refused (a sentence growing without end). Names the
 * rule, its file and line, so the administrator who uploaded it knows what to correct.
 */
public class RunawayRule extends IllegalStateException {

    private final transient RuleLocation location;

    RunawayRule(String rule, RuleLocation location, String reason) {
        super("Règle « " + rule + " » (" + location.file() + (location.line() > 0 ? ", ligne " + location.line() : "") + ") : "
                + reason + ". L'évaluation a été interrompue.");
        this.location = location;
    }

    /** The rule that ran away, with its file and line. */
    public RuleLocation location() {
        return location;
    }
}
