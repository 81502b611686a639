package fr.spro.label.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.EvaluationStore.AwaitingAuditFile;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the campaign's evaluations still waiting for their audit file, in id order, a page at a
 * time. It keeps no restart state on purpose: the store's mark is the state, cleared once the file
 * is stored, so a restart simply finds what is still pending.
 */
class PendingAuditReader implements ItemReader<AwaitingAuditFile> {

    private final EvaluationStore store;
    private final String campaign;
    private final int pageSize;
    private final Deque<AwaitingAuditFile> buffer = new ArrayDeque<>();
    private String lastId = "";
    private boolean exhausted;

    PendingAuditReader(EvaluationStore store, String campaign, int pageSize) {
        this.store = store;
        this.campaign = campaign;
        this.pageSize = pageSize;
    }

    @Override
    public AwaitingAuditFile read() {
        if (buffer.isEmpty() && !exhausted) {
            List<AwaitingAuditFile> page = store.awaitingAuditFiles(campaign, lastId, pageSize);
            exhausted = page.size() < pageSize;
            buffer.addAll(page);
            if (!page.isEmpty()) {
                lastId = page.get(page.size() - 1).evaluationId();
            }
        }
        return buffer.poll();
    }
}
