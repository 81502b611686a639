package fr.spro.label.evaluation.facts;

import java.util.Map;

import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Theme;

/**
 * What a criterion rule concludes about a case: the outcome of one criterion, the French sentence
 * that explains it with the figures and the threshold, and the inputs it used (snake_case names of
 * the referential). Rules insert verdicts; they never change the facts they read.
 */
public record Verdict(Case subject, String criterion, Theme theme, Outcome outcome, String explanation,
                      Map<String, Object> inputs) {

    /** The sentence of a verdict for which an input needed to decide was not given. */
    public static final String NOT_PROVIDED = "Information non renseignée : ";

    /**
     * Longest explanation: a sentence for a person. A rule that builds longer text (one doubling
     * its own sentence at each firing would exhaust the memory in a few dozen) is stopped here.
     */
    public static final int MAX_EXPLANATION = 1_000;

    public Verdict {
        inputs = inputs == null ? Map.of() : inputs;
        if (explanation != null && explanation.length() > MAX_EXPLANATION) {
            throw new IllegalArgumentException("explication de " + explanation.length() + " caractères pour " + criterion
                    + " : " + MAX_EXPLANATION + " au plus");
        }
    }

    public static Verdict conforme(Case subject, String criterion, String explanation, Map<String, Object> inputs) {
        return of(subject, criterion, Outcome.CONFORME, explanation, inputs);
    }

    public static Verdict ncMineure(Case subject, String criterion, String explanation, Map<String, Object> inputs) {
        return of(subject, criterion, Outcome.NC_MINEURE, explanation, inputs);
    }

    public static Verdict ncMajeure(Case subject, String criterion, String explanation, Map<String, Object> inputs) {
        return of(subject, criterion, Outcome.NC_MAJEURE, explanation, inputs);
    }

    /** Would be conforme, but the evidence the referential requires is missing. */
    public static Verdict aJustifier(Case subject, String criterion, String explanation, Map<String, Object> inputs) {
        return of(subject, criterion, Outcome.A_JUSTIFIER, explanation, inputs);
    }

    public static Verdict nonApplicable(Case subject, String criterion, String explanation, Map<String, Object> inputs) {
        return of(subject, criterion, Outcome.NON_APPLICABLE, explanation, inputs);
    }

    /** The referential's missing-data rule: a minor non-conformity naming the missing input. */
    public static Verdict nonRenseigne(Case subject, String criterion, String missingInput, Map<String, Object> inputs) {
        return of(subject, criterion, Outcome.NC_MINEURE, NOT_PROVIDED + missingInput, inputs);
    }

    private static Verdict of(Case subject, String criterion, Outcome outcome, String explanation, Map<String, Object> inputs) {
        return new Verdict(subject, criterion, Theme.ofCriterion(criterion), outcome, explanation, inputs);
    }
}
