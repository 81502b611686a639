package fr.spro.label.evaluation.facts;

/** A score out of 100 of a case for one theme (its code) or for all criteria ({@link #OVERALL}). */
public record Score(Case subject, String key, double value) {

    public static final String OVERALL = "overall";
}
