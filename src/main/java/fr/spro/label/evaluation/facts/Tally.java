package fr.spro.label.evaluation.facts;

import java.util.Collection;

/** How many non-conformities the verdicts of a case count: what compliance and proposal depend on. */
public record Tally(Case subject, int majors, int minors) {

    /**
     * The tally of the verdicts a rule collected as majors and as minors: the rule file decides which
     * outcomes count as what, this only counts them. A factory, because a rule file may not write
     * {@code new}.
     */
    public static Tally of(Case subject, Collection<?> majors, Collection<?> minors) {
        return new Tally(subject, majors.size(), minors.size());
    }
}
