package fr.spro.label.batch;

import fr.spro.label.evaluation.Evaluation;

/**
 * A new evaluation to store, and whether a decision is confirmed on its structure for the
 * campaign: then the action plan in force and its answers are kept as they are.
 */
record Reevaluation(Evaluation evaluation, boolean decided) {
}
