package fr.spro.label.backoffice;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;

/** One evaluation in the review queue (without its findings), with its structure and decision. */
record ReviewRow(MemberStructure structure, Evaluation evaluation, Decision decision) {

    /** Decided, and not flagged since by a re-evaluation proposing something else. */
    public boolean decided() {
        return decision != null && !evaluation.flagged();
    }
}
