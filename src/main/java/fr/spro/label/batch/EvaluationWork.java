package fr.spro.label.batch;

import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.referential.LabelDecision;

/**
 * One structure to evaluate, with what the writer needs to know of the past: the digest of the
 * stored evaluation (to leave it alone when nothing changed) and the confirmed decision, if any
 * (never changed by a re-run, but its evaluation is flagged when the proposal differs).
 */
record EvaluationWork(EvaluationRequest request, String storedDigest, LabelDecision confirmedDecision) {
}
