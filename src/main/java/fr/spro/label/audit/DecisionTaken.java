package fr.spro.label.audit;

import fr.spro.label.referential.LabelDecision;

/**
 * Published when an officer confirms or replaces a proposal, so the registry, the audit file and
 * the certificate follow without the review depending on them.
 */
public record DecisionTaken(String structureId, String campaign, LabelDecision decision) {
}
