package fr.spro.label.evaluation.facts;

import fr.spro.label.referential.Compliance;

/** What the decision rules conclude on the charter as a whole for a case. */
public record CharterCompliance(Case subject, Compliance compliance) {
}
