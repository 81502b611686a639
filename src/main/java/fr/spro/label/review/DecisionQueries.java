package fr.spro.label.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.store.IdBatches;
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
    private final LabelActs acts;
    private final MongoTemplate mongo;
    private final Campaigns campaigns;

    DecisionQueries(Decisions decisions, LabelActs acts, MongoTemplate mongo, Campaigns campaigns) {
        this.decisions = decisions;
        this.acts = acts;
        this.mongo = mongo;
        this.campaigns = campaigns;
    }

    /** The decision on one structure for one campaign, if taken. */
    public Optional<Decision> find(String structureId, String campaign) {
        return decisions.findById(Decision.idOf(structureId, campaign));
    }

    /** Every decision on one structure, the latest first. */
    public List<Decision> ofStructure(String structureId) {
        return decisions.findByStructureIdOrderByDecidedOnDesc(structureId);
    }

    /** The decisions taken on these structures for the campaign, by structure id (see {@link #ofStructures}). */
    public Map<String, Decision> forStructures(String campaign, Collection<String> structureIds) {
        Map<String, Decision> byStructure = new TreeMap<>();
        ofStructures(campaign, structureIds).forEach(d -> byStructure.put(d.structureId(), d));
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
        IdBatches.forEach(ids, batch -> collection.find(Filters.in("_id", batch)).projection(Projections.include("structureId"))
                .forEach(document -> decided.add(document.getString("structureId"))));
        return decided;
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

    /**
     * The decisions on these structures for the campaign, those taken: for a page of another
     * module's list. Looked up by document id (the natural key), not by field: the embedded store
     * answers a query on {@code structureId} by reading every decision.
     */
    public List<Decision> ofStructures(String campaign, Collection<String> structureIds) {
        return byIds(structureIds.stream().map(id -> Decision.idOf(id, campaign)).toList());
    }

    /**
     * The decisions on these structures of every campaign up to {@code campaign} included, oldest
     * campaign first: what replaying their labels as a campaign left them needs, for a page of
     * structures. Looked up by document id over the campaigns opened up to it (a decision is only
     * taken on an evaluation of an opened campaign), so the cost follows the page, not the collection.
     */
    public List<Decision> ofStructuresUpTo(String campaign, Collection<String> structureIds) {
        List<String> ids = new ArrayList<>();
        for (String opened : campaigns.idsUpTo(campaign)) {
            structureIds.forEach(id -> ids.add(Decision.idOf(id, opened)));
        }
        return byIds(ids);
    }

    /**
     * Every decision on these structures, whatever the campaign: what replaying their labels needs,
     * for a page of structures. Looked up by document id over every opened campaign, like
     * {@link #ofStructuresUpTo}: a query on {@code structureId} reads every decision on the
     * embedded store, so the registry's refresh grew with the collection, not with the page.
     */
    public List<Decision> ofStructuresEveryCampaign(Collection<String> structureIds) {
        List<String> ids = new ArrayList<>();
        for (String opened : campaigns.ids()) {
            structureIds.forEach(id -> ids.add(Decision.idOf(id, opened)));
        }
        return byIds(ids);
    }

    /**
     * The codes of the structures with at least one decision, each once, in code order: the
     * structures a public registry may list. One pass over the decisions, the code alone read, so
     * what is held grows with the directory, not with the years of decisions.
     */
    public List<String> decidedStructures() {
        try (Stream<Decision> decided = decisions.streamStructureIds()) {
            return List.copyOf(decided.map(Decision::structureId).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private List<Decision> byIds(List<String> ids) {
        return IdBatches.findAll(ids, decisions::findAllById);
    }

    /** The officers' acts on these structures' labels outside campaigns ({@link LabelAct}), whatever their date. */
    public List<LabelAct> actsOf(Collection<String> structureIds) {
        return acts.findByStructureIdIn(structureIds);
    }
}
