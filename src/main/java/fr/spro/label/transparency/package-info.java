/**
 * Transparency of the algorithmic treatment behind the label (CRPA L311-3-1 and L312-1-3): the
 * public page "Comment le label est attribué" and {@code GET /api/rules}, both generated from the
 * rule set in force — every criterion with what it checks and the thresholds it applies, the
 * decision rules, the periods of the procedure, the version in force since when, and the earlier
 * versions. Nothing on them is written by hand but the sentences around the values.
 */
package fr.spro.label.transparency;
