package fr.spro.label.evaluation.facts;

/** How many non-conformities the verdicts of a case count: what compliance and proposal depend on. */
public record Tally(Case subject, int majors, int minors) {
}
