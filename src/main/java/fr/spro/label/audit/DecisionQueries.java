package fr.spro.label.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.store.DocumentWriter;
import org.bson.Document;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The label decisions' exported queries: how other modules read them. Several structures are
 * looked up by their decisions' natural ids ({@link Decision#idOf}), an index read on every store.
 */
@Component
public class DecisionQueries {

    private final Decisions decisions;
    private final MongoTemplate mongo;

    DecisionQueries(Decisions decisions, MongoTemplate mongo) {
        this.decisions = decisions;
        this.mongo = mongo;
    }

    /** The decision on one structure for one campaign, if taken. */
    public Optional<Decision> find(String structureId, String campaign) {
        return decisions.findById(Decision.idOf(structureId, campaign));
    }

    /** Every decision on one structure, the latest first. */
    public List<Decision> ofStructure(String structureId) {
        return decisions.findByStructureIdOrderByDecidedOnDesc(structureId);
    }

    /** The decisions taken on these structures for the campaign, by structure id. */
    public Map<String, Decision> forStructures(String campaign, Collection<String> structureIds) {
        Map<String, Decision> byStructure = new TreeMap<>();
        decisions.findAllById(structureIds.stream().map(id -> Decision.idOf(id, campaign)).toList())
                .forEach(d -> byStructure.put(d.structureId(), d));
        return byStructure;
    }

    /**
     * Which of these structures have their label decision for the campaign taken: their answers are
     * locked, so an import refuses them. Structure ids only (a projection). Asked about at least a
     * quarter of all decisions, one pass over the campaign's decisions beats one lookup per
     * structure, and reads at most four times as many as were asked about; otherwise they are
     * looked up by document id ({@link Decision#idOf}), a hundred at a time (the embedded store
     * compares each document found with the whole list). Either way the answer stays bounded by
     * the question, not by the number of decisions.
     */
    public Set<String> decidedAmong(String campaign, Collection<String> structureIds) {
        Set<String> asked = new LinkedHashSet<>(structureIds);
        MongoCollection<Document> collection = mongo.getCollection(mongo.getCollectionName(Decision.class));
        Set<String> decided = new HashSet<>();
        if (asked.size() * 4L >= collection.estimatedDocumentCount()) {
            collection.find(Filters.eq("campaign", campaign)).projection(Projections.include("structureId"))
                    .forEach(document -> decided.add(document.getString("structureId")));
            decided.retainAll(asked);
            return decided;
        }
        List<String> ids = asked.stream().map(structureId -> Decision.idOf(structureId, campaign)).toList();
        for (int from = 0; from < ids.size(); from += DocumentWriter.LOOKUP_BATCH) {
            collection.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + DocumentWriter.LOOKUP_BATCH))))
                    .projection(Projections.include("structureId"))
                    .forEach(document -> decided.add(document.getString("structureId")));
        }
        return decided;
    }

    /**
     * The decisions on these structures for the campaign, those taken: for a page of another
     * module's list, in one query. Looked up by document id (the natural key), not by field.
     */
    public List<Decision> ofStructures(String campaign, Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return decisions.findAllById(structureIds.stream().map(id -> Decision.idOf(id, campaign)).toList());
    }

    /**
     * Hands the decisions of this kind over a page at a time, in id order, for one campaign or for
     * all ({@code campaign} null): a follow-up across campaigns grows with the structures, so it is
     * never read in one unbounded answer.
     */
    public void forEachPageDeciding(LabelDecision decision, String campaign, int pageSize, Consumer<List<Decision>> page) {
        String lastId = "";
        while (true) {
            List<Decision> taken = campaign == null
                    ? decisions.findByDecisionAndIdGreaterThanOrderByIdAsc(decision, lastId, Limit.of(pageSize))
                    : decisions.findByDecisionAndCampaignAndIdGreaterThanOrderByIdAsc(decision, campaign, lastId, Limit.of(pageSize));
            if (taken.isEmpty()) {
                return;
            }
            page.accept(taken);
            if (taken.size() < pageSize) {
                return;
            }
            lastId = taken.get(taken.size() - 1).id();
        }
    }
}
