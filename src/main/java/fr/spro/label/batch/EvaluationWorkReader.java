package fr.spro.label.batch;

import java.util.ArrayDeque;
import java.util.Deque;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.structure.Territory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the structures of one territory evaluated for the campaign ({@link Eligibility}) in id
 * order, a page at a time, and joins what their evaluation needs through
 * {@link EvaluationRequests}, one query per owner and page.
 *
 * <p>Restartable: the id of the last structure handed out is saved at each chunk commit, and a
 * restart resumes after it.
 */
class EvaluationWorkReader implements ItemStreamReader<EvaluationWork> {

    static final String LAST_ID = "evaluate.lastStructureId";

    private final Eligibility eligibility;
    private final EvaluationRequests requests;
    private final Campaign campaign;
    private final Territory territory;
    private final int pageSize;
    private final Deque<EvaluationWork> buffer = new ArrayDeque<>();
    private String lastFetchedId = "";
    private String lastReturnedId = "";
    private boolean exhausted;

    EvaluationWorkReader(Eligibility eligibility, EvaluationRequests requests, Campaign campaign, Territory territory, int pageSize) {
        this.eligibility = eligibility;
        this.requests = requests;
        this.campaign = campaign;
        this.territory = territory;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastFetchedId = context.getString(LAST_ID, "");
        lastReturnedId = lastFetchedId;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(LAST_ID, lastReturnedId);
    }

    @Override
    public EvaluationWork read() {
        while (buffer.isEmpty() && !exhausted) {
            fetchNextPage();
        }
        EvaluationWork next = buffer.poll();
        if (next != null) {
            lastReturnedId = next.request().structure().id();
        }
        return next;
    }

    private void fetchNextPage() {
        Eligibility.Page page = eligibility.page(campaign, territory, lastFetchedId, pageSize);
        exhausted = page.last();
        lastFetchedId = page.lastReadId();
        if (!page.eligible().isEmpty()) {
            buffer.addAll(requests.forPage(campaign, page.eligible()));
        }
    }
}
