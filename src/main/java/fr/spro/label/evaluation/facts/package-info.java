/**
 * What the rule files see and what they produce, as plain Java records: the structure, the
 * campaign, the answers, the activity figures and the label state in; verdicts, compliance,
 * proposal, scores and action points out. No Spring or MongoDB type here, so the rules can be
 * read, tested and run anywhere.
 */
package fr.spro.label.evaluation.facts;
