package fr.spro.label.assessment;

import java.util.List;

/**
 * One answer of a self-assessment. The value is normalised: {@code "true"}/{@code "false"} for
 * yes/no questions, the enum name for {@code previous_action_plan}.
 */
public record Answer(String value, String comment, List<EvidenceRef> evidence) {

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }
}
