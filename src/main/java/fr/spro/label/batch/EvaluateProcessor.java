package fr.spro.label.batch;

import java.util.Objects;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.RuleEngine;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Evaluates one structure with the rules in force. An evaluation whose inputs and rule set are
 * those of the stored one is dropped, so re-running a campaign on unchanged data writes nothing.
 */
class EvaluateProcessor implements ItemProcessor<EvaluationWork, Reevaluation> {

    private final RuleEngine rules;

    EvaluateProcessor(RuleEngine rules) {
        this.rules = rules;
    }

    @Override
    public Reevaluation process(EvaluationWork work) {
        Evaluation evaluation = rules.evaluate(work.request());
        if (Objects.equals(evaluation.inputsDigest(), work.storedDigest())) {
            return null;
        }
        boolean decided = work.confirmedDecision() != null;
        boolean differsFromDecision = decided && work.confirmedDecision() != evaluation.proposal();
        return new Reevaluation(differsFromDecision ? evaluation.flaggedForReview() : evaluation, decided);
    }
}
