package fr.spro.label.batch;

import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.EvaluationStore.AwaitingAuditFile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Tells the evaluation store which evaluations have their audit file stored now. */
class AuditDoneWriter implements ItemWriter<AwaitingAuditFile> {

    private final EvaluationStore store;

    AuditDoneWriter(EvaluationStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends AwaitingAuditFile> chunk) {
        store.auditFilesStored(chunk.getItems().stream().map(AwaitingAuditFile::evaluationId).toList());
    }
}
