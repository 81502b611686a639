/**
 * The explanation of one decision on request (procedure.md, "Transparency of algorithmic
 * decisions"; CRPA L311-3-1 and R311-3-1-2): a structure asks from its space, the application
 * prepares the explanation at once and freezes it (page and PDF, with the four items of
 * R311-3-1-2 and the rule set it was evaluated with), an officer sends it within
 * {@code explanation.period}, and the structure reads it. Owns the collection
 * {@code explanation_requests}; other modules read it through {@link
 * fr.spro.label.explanation.ExplanationQueries}.
 */
package fr.spro.label.explanation;
