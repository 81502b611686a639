package fr.spro.label.evaluation.facts;

import java.time.LocalDate;

/** The campaign evaluated, e.g. {@code 2025}, and its reference date (31 December by default). */
public record Campaign(String id, LocalDate referenceDate) {
}
