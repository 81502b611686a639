package fr.spro.label.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Territory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the eligible structures of one territory (not resource partners, with a submitted
 * self-assessment for the campaign) in id order, a page at a time, and joins what their
 * evaluation needs through {@link EvaluationRequests}, one query per collection and page.
 *
 * <p>Restartable: the id of the last structure handed out is saved at each chunk commit, and a
 * restart resumes after it.
 */
class EvaluationWorkReader implements ItemStreamReader<EvaluationWork> {

    static final String LAST_ID = "evaluate.lastStructureId";

    private final MongoTemplate mongo;
    private final EvaluationRequests requests;
    private final Campaign campaign;
    private final Territory territory;
    private final int pageSize;
    private final Deque<EvaluationWork> buffer = new ArrayDeque<>();
    private String lastFetchedId = "";
    private String lastReturnedId = "";
    private boolean exhausted;

    EvaluationWorkReader(MongoTemplate mongo, EvaluationRequests requests, Campaign campaign, Territory territory, int pageSize) {
        this.mongo = mongo;
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
        List<MemberStructure> page = mongo.find(Query.query(Criteria.where("territory").is(territory)
                        .and("membership").ne(Membership.RESOURCE_PARTNER).and("_id").gt(lastFetchedId))
                .with(Sort.by("_id")).limit(pageSize), MemberStructure.class);
        if (page.size() < pageSize) {
            exhausted = true;
        }
        if (page.isEmpty()) {
            return;
        }
        lastFetchedId = page.get(page.size() - 1).id();
        buffer.addAll(requests.forPage(campaign, page));
    }
}
