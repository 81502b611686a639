package fr.spro.label.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Question;

/**
 * The answer texts each question accepts, normalised as {@link fr.spro.label.assessment.Answer}
 * stores them: {@code true}/{@code false} for yes/no questions (from true/false, oui/non, yes/no,
 * 1/0 in any case), the constant name for {@code previous_action_plan}.
 */
final class Answers {

    private Answers() {
    }

    static Optional<String> normalise(Question question, String text) {
        String answer = text.strip().toLowerCase(Locale.ROOT);
        if (question.isBoolean()) {
            return switch (answer) {
                case "true", "oui", "yes", "1" -> Optional.of("true");
                case "false", "non", "no", "0" -> Optional.of("false");
                default -> Optional.empty();
            };
        }
        return Arrays.stream(PreviousActionPlan.values()).map(Enum::name)
                .filter(name -> name.equalsIgnoreCase(answer)).findFirst();
    }

    /** What a question expects, for the French message of a wrong answer. */
    static String expected(Question question) {
        if (question.isBoolean()) {
            return "oui ou non (true/false, yes/no, 1/0 acceptés)";
        }
        return String.join(", ", Arrays.stream(PreviousActionPlan.values()).map(Enum::name).toList());
    }
}
