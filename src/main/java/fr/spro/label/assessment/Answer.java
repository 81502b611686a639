package fr.spro.label.assessment;

import java.util.Arrays;
import java.util.List;

import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Question;

/**
 * One answer of a self-assessment. The value is normalised: {@code "true"}/{@code "false"} for
 * yes/no questions, the enum name for {@code previous_action_plan}.
 */
public record Answer(String value, String comment, List<EvidenceRef> evidence) {

    /** The longest comment, as the {@code self-assessment} import format allows. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }

    /** Whether a normalised value suits the question: {@code true}/{@code false}, or a {@link PreviousActionPlan} name. */
    public static boolean suits(Question question, String value) {
        if (question.isBoolean()) {
            return "true".equals(value) || "false".equals(value);
        }
        return Arrays.stream(PreviousActionPlan.values()).anyMatch(plan -> plan.name().equals(value));
    }
}
