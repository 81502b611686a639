package fr.spro.label.registry;

import java.time.LocalDate;

/**
 * One line of a structure's public label history.
 *
 * @param since      the day the status started (decision date, or the day after the validity ended)
 * @param validUntil the end of the label's validity while in this status
 * @param campaign   the campaign whose decision set it; {@code null} for an expiry
 */
public record StatusChange(RegistryStatus status, LocalDate since, LocalDate validUntil, String campaign) {
}
