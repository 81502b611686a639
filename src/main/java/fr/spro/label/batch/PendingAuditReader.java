package fr.spro.label.batch;

import java.util.ArrayDeque;
import java.util.Deque;

import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.EvaluationStore.AwaitingAuditFile;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the campaign's evaluations still waiting for their audit file, in id order: their ids are
 * read once, when the step starts (a few dozen bytes each), then handed out one by one. It keeps
 * no restart state on purpose: the store's mark is the state, cleared once the file is stored, so
 * a restart simply finds what is still pending.
 */
class PendingAuditReader implements ItemReader<AwaitingAuditFile> {

    private final EvaluationStore store;
    private final String campaign;
    private Deque<AwaitingAuditFile> pending;

    PendingAuditReader(EvaluationStore store, String campaign) {
        this.store = store;
        this.campaign = campaign;
    }

    @Override
    public synchronized AwaitingAuditFile read() {
        // The audit step renders on several threads: they share this reader.
        if (pending == null) {
            pending = new ArrayDeque<>(store.awaitingAuditFiles(campaign));
        }
        return pending.poll();
    }
}
