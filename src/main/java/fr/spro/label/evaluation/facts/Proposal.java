package fr.spro.label.evaluation.facts;

import fr.spro.label.referential.LabelDecision;

/** The label proposal of the decision rules for a case. */
public record Proposal(Case subject, LabelDecision decision) {

    /** For the rule files, which may not write {@code new}. */
    public static Proposal of(Case subject, LabelDecision decision) {
        return new Proposal(subject, decision);
    }
}
