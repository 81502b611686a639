package fr.spro.label.evaluation;

/** Where a rule is written: its name, file and 1-based line. */
public record RuleLocation(String name, String file, int line) {
}
