package fr.spro.label.evaluation.facts;

import fr.spro.label.referential.LabelDecision;

/** The label proposal of the decision rules for a case. */
public record Proposal(Case subject, LabelDecision decision) {
}
