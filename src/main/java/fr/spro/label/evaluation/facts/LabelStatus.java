package fr.spro.label.evaluation.facts;

import java.time.LocalDate;

import fr.spro.label.referential.LabelDecision;

/**
 * The structure's label before this evaluation.
 *
 * @param labelledToday true when a granting decision is still valid on the campaign's reference date
 */
public record LabelStatus(LabelDecision lastDecision, LocalDate validUntil, boolean labelledToday) {
}
