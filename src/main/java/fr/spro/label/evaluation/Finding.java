package fr.spro.label.evaluation;

import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Outcome;

/**
 * The outcome of one criterion, with the inputs the rule used and the sentence that explains
 * it to the structure, e.g. "Participation à 2 réunions territoriales sur 4 (50 %) : seuil de
 * conformité 75 %".
 */
public record Finding(
        String criterion,
        String theme,
        Outcome outcome,
        String explanation,
        Map<String, Object> inputs,
        List<String> evidence) {

    public Finding {
        inputs = inputs == null ? Map.of() : inputs;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
