/**
 * Evaluating a structure against the referential: the Drools rule engine, the facts it sees,
 * the findings it produces, and the stored evaluations.
 */
package fr.spro.label.evaluation;
