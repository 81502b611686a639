package fr.spro.label.evaluation;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Stores evaluations, one per (structure, campaign): writing the same evaluation twice leaves one
 * document, and a re-evaluation replaces the previous one. Idempotent without transactions, as
 * the embedded store requires: the document id is the natural key.
 */
@Service
public class EvaluationStore {

    private final Evaluations evaluations;

    EvaluationStore(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** Inserts or replaces the evaluation of its (structure, campaign). */
    public Evaluation upsert(Evaluation evaluation) {
        String expectedId = Evaluation.idOf(evaluation.structureId(), evaluation.campaign());
        if (!expectedId.equals(evaluation.id())) {
            throw new IllegalArgumentException("L'identifiant d'une évaluation est « " + expectedId + " », pas « "
                    + evaluation.id() + " »");
        }
        return evaluations.save(evaluation);
    }

    public Optional<Evaluation> find(String structureId, String campaign) {
        return evaluations.findById(Evaluation.idOf(structureId, campaign));
    }

    /**
     * True when the stored evaluation of the same structure and campaign was made from exactly the
     * same inputs and rule set, so storing this one would change nothing but its time.
     */
    public boolean isUnchanged(Evaluation candidate) {
        return find(candidate.structureId(), candidate.campaign())
                .map(stored -> stored.inputsDigest() != null && stored.inputsDigest().equals(candidate.inputsDigest()))
                .orElse(false);
    }
}
