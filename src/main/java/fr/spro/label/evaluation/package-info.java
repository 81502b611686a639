/**
 * Evaluating a structure against the referential: the Drools rule engine ({@link
 * fr.spro.label.evaluation.RuleEngine}: evaluate, compile a draft, activate), the facts the rules
 * see ({@code facts}), the findings they produce, and the stored evaluations ({@link
 * fr.spro.label.evaluation.EvaluationStore}). The referential itself lives in the rule files of
 * {@code rules/}, never in this code.
 */
package fr.spro.label.evaluation;
