package fr.spro.label.review;

import java.util.Optional;

import fr.spro.label.evaluation.Evaluation;

/**
 * Whether a stored evaluation still reflects what it was computed from — the structure's answers
 * and activity, its label, the rule set in force — so that a decision is never taken on a stale
 * one. Implemented where evaluations are built (the campaign job's module), which reads exactly
 * what an evaluation reads: one derivation for both.
 */
public interface CurrentEvaluations {

    /** Why this evaluation can no longer found a decision, or empty when it is current. */
    default Optional<StaleReason> whyStale(Evaluation evaluation) {
        Optional<String> digest = currentDigest(evaluation.structureId(), evaluation.campaign());
        if (digest.isEmpty()) {
            return Optional.of(StaleReason.ANSWERS_REOPENED);
        }
        return digest.get().equals(evaluation.inputsDigest()) ? Optional.empty() : Optional.of(StaleReason.INPUTS_CHANGED);
    }

    /**
     * The digest an evaluation of this structure for this campaign would carry if it were made now,
     * or empty when the structure would not be evaluated (answers not submitted, resource partner).
     */
    Optional<String> currentDigest(String structureId, String campaign);

    /** What made an evaluation stale. */
    enum StaleReason {
        /** The self-assessment was reopened (or the structure is no longer evaluated). */
        ANSWERS_REOPENED,
        /** Answers, activity, label or the rule set in force changed since the evaluation. */
        INPUTS_CHANGED
    }
}
