package fr.spro.label.backoffice;

import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.evaluation.Evaluation;

/**
 * Where a structure stands in a campaign, one step each: the dashboard counts them. "Evaluated"
 * on the dashboard is the sum of the last two.
 */
enum Progress {
    /** No self-assessment saved yet. */
    NOT_STARTED,
    /** Answers saved, not submitted (or reopened by an officer). */
    DRAFT,
    /** Submitted, not evaluated since. */
    SUBMITTED,
    /** Evaluated, no decision yet, or a re-evaluation flagged because it proposes other than the decision. */
    AWAITING_DECISION,
    /** Evaluated and decided. */
    DECIDED;

    static Progress of(SelfAssessment assessment, Evaluation evaluation, boolean decided) {
        if (assessment == null) {
            return NOT_STARTED;
        }
        if (!assessment.isSubmitted()) {
            return DRAFT;
        }
        boolean evaluatedSince = evaluation != null && (assessment.submittedAt() == null || evaluation.evaluatedAt() == null
                || !evaluation.evaluatedAt().isBefore(assessment.submittedAt()));
        if (!evaluatedSince) {
            return SUBMITTED;
        }
        return decided && !evaluation.flagged() ? DECIDED : AWAITING_DECISION;
    }

    boolean isSubmitted() {
        return this != NOT_STARTED && this != DRAFT;
    }

    boolean isEvaluated() {
        return this == AWAITING_DECISION || this == DECIDED;
    }
}
