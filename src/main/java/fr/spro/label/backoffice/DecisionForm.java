package fr.spro.label.backoffice;

import java.util.Arrays;
import java.util.Optional;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Review;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What the decision form of the review page posts: confirm the proposal, or take another decision
 * with a justification. The rules of one field are annotations; the one that reads two fields is
 * {@link Rules}. Whether the justification is long enough to replace the proposal is
 * {@link Review#decide}'s to say (the API decides through it too); its longest length is Review's
 * number, declared here so the form says it next to the field.
 *
 * @param choice        {@value #CONFIRM} the proposal, or take an {@value #OTHER} decision
 * @param decision      the other decision, a {@link LabelDecision} name
 * @param justification without the blanks around it, which Review leaves out too
 * @param proposal      the proposal the page showed: a confirmation of a proposal changed since is no confirmation
 */
record DecisionForm(
        @NotNull(message = "{backoffice.decision.choice.required}")
        @Pattern(regexp = CONFIRM + "|" + OTHER, message = "{backoffice.decision.choice.required}") String choice,
        String decision,
        @Size(max = Review.MAX_JUSTIFICATION, message = "{backoffice.decision.justification.tooLong}") String justification,
        String proposal) {

    static final String CONFIRM = "confirm";
    static final String OTHER = "other";

    DecisionForm {
        decision = decision == null ? null : decision.strip();
        justification = justification == null ? null : justification.strip();
    }

    /** The other decision chosen, when it is one; empty to confirm the proposal. */
    Optional<LabelDecision> otherDecision() {
        return OTHER.equals(choice) ? Arrays.stream(LabelDecision.values()).filter(d -> d.name().equals(decision)).findFirst()
                : Optional.empty();
    }

    /** Taking another decision means naming it. */
    static final class Rules implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return DecisionForm.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            DecisionForm form = (DecisionForm) target;
            if (OTHER.equals(form.choice()) && form.otherDecision().isEmpty()) {
                errors.rejectValue("decision", "backoffice.decision.decision.required");
            }
        }
    }
}
