package fr.spro.label.evaluation.facts;

import java.time.LocalDate;

/** One item of the action plan that comes with a label granted under conditions. */
public record ActionPoint(Case subject, String criterion, String description, LocalDate dueOn) {
}
