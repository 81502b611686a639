package fr.spro.label.evaluation.facts;

import fr.spro.label.referential.Compliance;

/** What the decision rules conclude on the charter as a whole for a case. */
public record CharterCompliance(Case subject, Compliance compliance) {

    /** For the rule files, which may not write {@code new}. */
    public static CharterCompliance of(Case subject, Compliance compliance) {
        return new CharterCompliance(subject, compliance);
    }
}
