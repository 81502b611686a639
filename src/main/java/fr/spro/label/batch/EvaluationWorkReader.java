package fr.spro.label.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.LabelState;
import fr.spro.label.label.LabelStates;
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
 * evaluation needs with one query per collection and page — not per structure.
 *
 * <p>Restartable: the id of the last structure handed out is saved at each chunk commit, and a
 * restart resumes after it.
 */
class EvaluationWorkReader implements ItemStreamReader<EvaluationWork> {

    static final String LAST_ID = "evaluate.lastStructureId";

    private final MongoTemplate mongo;
    private final LabelStates labelStates;
    private final Campaign campaign;
    private final Territory territory;
    private final int pageSize;
    private final Deque<EvaluationWork> buffer = new ArrayDeque<>();
    private String lastFetchedId = "";
    private String lastReturnedId = "";
    private boolean exhausted;

    EvaluationWorkReader(MongoTemplate mongo, LabelStates labelStates, Campaign campaign, Territory territory, int pageSize) {
        this.mongo = mongo;
        this.labelStates = labelStates;
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
        List<String> ids = page.stream().map(MemberStructure::id).toList();
        Map<String, SelfAssessment> submitted = byStructure(SelfAssessment.class, ids, SelfAssessment::idOf, SelfAssessment::structureId);
        submitted.values().removeIf(assessment -> !assessment.isSubmitted());
        Map<String, ActivityReport> activity = byStructure(ActivityReport.class, ids, ActivityReport::idOf, ActivityReport::structureId);
        Map<String, Evaluation> stored = byStructure(Evaluation.class, ids, Evaluation::idOf, Evaluation::structureId);
        Map<String, Decision> decisions = byStructure(Decision.class, ids, Decision::idOf, Decision::structureId);
        Map<String, LabelState> labels = labelStates.statesOn(ids, campaign.referenceDate());
        for (MemberStructure structure : page) {
            SelfAssessment assessment = submitted.get(structure.id());
            if (assessment == null) {
                continue; // not submitted: not evaluated, listed as "non évaluée" by the CREFOP report
            }
            EvaluationRequest request = new EvaluationRequest(structure, campaign, assessment, activity.get(structure.id()),
                    labels.get(structure.id()));
            Evaluation previous = stored.get(structure.id());
            Decision decision = decisions.get(structure.id());
            buffer.add(new EvaluationWork(request, previous == null ? null : previous.inputsDigest(),
                    decision == null ? null : decision.decision()));
        }
    }

    /**
     * The documents of these structures for the campaign, looked up by their {@code _id}
     * ({@code idOf(structureId, campaign)}): an index lookup on every store, where a query on
     * {@code structureId} makes the embedded store scan the whole collection for each page.
     */
    private <T> Map<String, T> byStructure(Class<T> type, List<String> structureIds, BiFunction<String, String, String> idOf,
                                           Function<T, String> key) {
        List<String> documentIds = structureIds.stream().map(id -> idOf.apply(id, campaign.id())).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(documentIds)), type).stream()
                .collect(Collectors.toMap(key, Function.identity()));
    }
}
