package fr.spro.label.batch;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of re-evaluations through the evaluation store, in one bulk request (a replayed
 * chunk changes nothing), keeping the action plan and its answers where a decision is confirmed.
 * Inside a transaction on a replica set, with the job metadata of the same chunk.
 */
class EvaluationWriter implements ItemWriter<Reevaluation> {

    private final EvaluationStore store;

    EvaluationWriter(EvaluationStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends Reevaluation> chunk) {
        List<Evaluation> fresh = chunk.getItems().stream().map(Reevaluation::evaluation).toList();
        Set<String> decided = chunk.getItems().stream().filter(Reevaluation::decided)
                .map(r -> r.evaluation().structureId()).collect(Collectors.toSet());
        store.storeReevaluations(fresh, decided);
    }
}
