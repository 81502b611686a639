package fr.spro.label.backoffice;

import jakarta.validation.constraints.NotBlank;

/**
 * What the dashboard's form to reopen one structure's self-assessment posts. The reason is
 * required and bounded by the self-assessments' workflow, which says so for the API too.
 */
record ReopeningForm(@NotBlank(message = "{backoffice.reopen.structure.required}") String structureId, String reason) {
}
