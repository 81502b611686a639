package fr.spro.label.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.spro.label.store.IdBatches;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The only writer of the {@code evaluations} collection: one evaluation per (structure, campaign),
 * written through operations that say what they keep. Writing the same evaluation twice leaves
 * one document; a re-evaluation replaces findings and proposal but never the answers a structure
 * gave to the action plan in force. Idempotent without transactions, as the embedded store
 * requires: the document id is the natural key.
 */
@Service
public class EvaluationStore {

    /** Marks an evaluation whose audit file is to be rendered again; cleared once it is stored. */
    static final String AUDIT_PENDING = "auditPending";

    private final Evaluations evaluations;
    private final MongoTemplate mongo;

    EvaluationStore(Evaluations evaluations, MongoTemplate mongo) {
        this.evaluations = evaluations;
        this.mongo = mongo;
    }

    /** Inserts or replaces the evaluation of its (structure, campaign), as it is. */
    public Evaluation upsert(Evaluation evaluation) {
        requireNaturalId(evaluation);
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

    /**
     * Stores re-evaluations in one bulk request, each marked for a new audit file. For the
     * structures in {@code decided} (a decision is confirmed, so its action plan is in force), the
     * stored action plan and the structure's answers to it are kept as they are: a re-run changes
     * neither a decision nor what was answered to it. A replayed chunk changes nothing.
     */
    public void storeReevaluations(List<Evaluation> fresh, Set<String> decided) {
        if (fresh.isEmpty()) {
            return;
        }
        fresh.forEach(EvaluationStore::requireNaturalId);
        Map<String, Evaluation> stored = storedPlans(fresh.stream().filter(e -> decided.contains(e.structureId()))
                .map(Evaluation::id).toList());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Evaluation.class);
        for (Evaluation evaluation : fresh) {
            Evaluation previous = stored.get(evaluation.id());
            Evaluation kept = previous == null ? evaluation : evaluation.withActionPlan(previous.actionPlan());
            Document document = new Document();
            mongo.getConverter().write(kept, document);
            document.put(AUDIT_PENDING, true);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(kept.id())), document, FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    /** The action plans stored for these evaluations, by evaluation id (the rest of each left unread). */
    private Map<String, Evaluation> storedPlans(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Evaluation.class).stream()
                .collect(Collectors.toMap(Evaluation::id, Function.identity()));
    }

    /**
     * Stores what a decision makes of its evaluation: the action plan in force (due dates from the
     * decision, answers kept) and the end of the officer's second look (not flagged any more).
     */
    public Evaluation storeDecided(Evaluation decided) {
        requireNaturalId(decided);
        Update update = new Update().set("actionPlan", mongo.getConverter().convertToMongoType(decided.actionPlan()))
                .set("flagged", false);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(decided.id())), update, Evaluation.class);
        return decided;
    }

    /**
     * Stores a structure's answer to one item of its action plan — that item only, and only while
     * it is still as {@code current} (open, same response): never by rewriting the evaluation,
     * which a campaign job may be replacing at the same time.
     *
     * @return false when the item changed since it was read (nothing is written)
     */
    boolean storeAnswer(String evaluationId, int index, ActionItem current, ActionItem next) {
        return storeItem(evaluationId, index, current, next);
    }

    /**
     * Stores the officer's verification of one item (lifted, or not lifted with a reason) — that
     * item only, and only while it is still as {@code current}.
     *
     * @return false when the item changed since it was read (nothing is written)
     */
    boolean storeVerification(String evaluationId, int index, ActionItem current, ActionItem next) {
        return storeItem(evaluationId, index, current, next);
    }

    private boolean storeItem(String evaluationId, int index, ActionItem current, ActionItem next) {
        String path = "actionPlan." + index + ".";
        Query unchanged = Query.query(Criteria.where("_id").is(evaluationId)
                .and(path + "criterion").is(current.criterion()).and(path + "status").is(current.status().name())
                .and(path + "response").is(current.response()));
        Update update = new Update().set(path + "response", next.response()).set(path + "evidence", next.evidence())
                .set(path + "status", next.status().name()).set(path + "verdict", next.verdict()).set(path + "verifiedOn", next.verifiedOn());
        return mongo.updateFirst(unchanged, update, Evaluation.class).getMatchedCount() > 0;
    }

    /** One evaluation of a campaign still waiting for its audit file: what rendering it needs. */
    public record AwaitingAuditFile(String evaluationId, String structureId, String campaign) {
    }

    /**
     * The campaign's evaluations still waiting for their audit file, in id order: their ids alone,
     * read in one pass without a sort. Sorting or paging on the store made the embedded one hold
     * every matching evaluation, findings included, in the application's heap (out of memory at
     * 46,000 evaluations with {@code -Xmx1g}); a few dozen bytes per evaluation are kept instead.
     */
    public List<AwaitingAuditFile> awaitingAuditFiles(String campaign) {
        Query query = Query.query(Criteria.where("campaign").is(campaign).and(AUDIT_PENDING).is(true)).cursorBatchSize(5_000);
        query.fields().include("_id", "structureId", "campaign");
        try (Stream<Document> pending = mongo.stream(query, Document.class, mongo.getCollectionName(Evaluation.class))) {
            return pending.map(d -> new AwaitingAuditFile(d.getString("_id"), d.getString("structureId"), d.getString("campaign")))
                    .sorted(Comparator.comparing(AwaitingAuditFile::evaluationId)).toList();
        }
    }

    /** Clears the "audit file pending" mark of these evaluations: their files are stored. */
    public void auditFilesStored(Collection<String> evaluationIds) {
        if (!evaluationIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(evaluationIds)), new Update().unset(AUDIT_PENDING), Evaluation.class);
        }
    }

    /**
     * Hands the campaign's evaluations over a page at a time, in id order: never one unbounded
     * answer (a campaign of 50,000 evaluations is over 1 GB, and the embedded store refuses a
     * reply over 48 MB), so a caller writes as it reads.
     */
    public void forEachPage(String campaign, int pageSize, Consumer<List<Evaluation>> page) {
        pages(campaign, pageSize, false, page);
    }

    /**
     * How many of the campaign's evaluations propose each decision, from the proposal field alone,
     * read a bounded batch at a time (an aggregation on the embedded store holds every matched
     * evaluation, findings included, in memory).
     */
    public Map<String, Long> proposalCounts(String campaign) {
        Query ofCampaign = Query.query(Criteria.where("campaign").is(campaign)).cursorBatchSize(1_000);
        ofCampaign.fields().include("proposal");
        Map<String, Long> proposals = new TreeMap<>();
        try (Stream<Document> evaluations = mongo.stream(ofCampaign, Document.class, mongo.getCollectionName(Evaluation.class))) {
            evaluations.forEach(d -> proposals.merge(String.valueOf(d.get("proposal")), 1L, Long::sum));
        }
        return proposals;
    }

    /**
     * The structures evaluated for the campaign, in id order. The code alone is asked for and the
     * order is made here: asked to sort, the embedded store holds every matched evaluation, findings
     * included, in the application's heap until the answer is read (2 GB at 50,000 evaluations).
     */
    public List<String> evaluatedStructures(String campaign) {
        Query query = Query.query(Criteria.where("campaign").is(campaign)).cursorBatchSize(5_000);
        query.fields().include("structureId");
        try (Stream<Document> ids = mongo.stream(query, Document.class, mongo.getCollectionName(Evaluation.class))) {
            return ids.map(d -> d.getString("structureId")).sorted().toList();
        }
    }

    /**
     * The stored evaluations of these structures for the campaign, by structure id: looked up by
     * their natural id, an index read on every store (a query on {@code structureId} makes the
     * embedded store scan the collection once per call).
     */
    public Map<String, Evaluation> forStructures(String campaign, Collection<String> structureIds) {
        Map<String, Evaluation> byStructure = new TreeMap<>();
        IdBatches.findAll(idsOf(campaign, structureIds), evaluations::findAllById).forEach(e -> byStructure.put(e.structureId(), e));
        return byStructure;
    }

    /** Whether the campaign holds any evaluation: one read, where counting them costs far more on the embedded store. */
    public boolean hasEvaluations(String campaign) {
        return evaluations.findFirstByCampaign(campaign).isPresent();
    }

    /**
     * Hands the campaign's evaluations over without their findings and action plans, a page at a
     * time in id order: what lists and figures need, at any number of structures.
     */
    public void forEachSummaryPage(String campaign, int pageSize, Consumer<List<Evaluation>> page) {
        pages(campaign, pageSize, true, page);
    }

    /**
     * Pages over the campaign's evaluations in structure order: the codes first, then each page
     * looked up by document id. Asking the store for "the next page after this id" made the
     * embedded store match, hold and sort every evaluation of the campaign for each page.
     */
    private void pages(String campaign, int pageSize, boolean summaries, Consumer<List<Evaluation>> page) {
        List<String> structures = evaluatedStructures(campaign);
        for (int from = 0; from < structures.size(); from += pageSize) {
            List<String> ids = idsOf(campaign, structures.subList(from, Math.min(structures.size(), from + pageSize)));
            List<Evaluation> found = new ArrayList<>(IdBatches.findAll(ids, batch -> {
                Query query = Query.query(Criteria.where("_id").in(batch));
                if (summaries) {
                    query.fields().exclude("findings").exclude("actionPlan");
                }
                return mongo.find(query, Evaluation.class);
            }));
            found.sort(Comparator.comparing(Evaluation::structureId));
            if (!found.isEmpty()) {
                page.accept(found);
            }
        }
    }

    private static void requireNaturalId(Evaluation evaluation) {
        String expectedId = Evaluation.idOf(evaluation.structureId(), evaluation.campaign());
        if (!expectedId.equals(evaluation.id())) {
            throw new IllegalArgumentException("L'identifiant d'une évaluation est « " + expectedId + " », pas « "
                    + evaluation.id() + " »");
        }
    }

    /**
     * The evaluations of these structures for the campaign, those made, with their action plans
     * but without their findings (what following the plans up needs), in one query by document id.
     */
    public List<Evaluation> actionPlansOf(String campaign, Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(idsOf(campaign, structureIds)));
        query.fields().exclude("findings");
        return mongo.find(query, Evaluation.class);
    }

    /** The campaigns the structure has an evaluation for, oldest first: the campaign field alone is read. */
    public List<String> campaignsOf(String structureId) {
        Query query = Query.query(Criteria.where("structureId").is(structureId)).with(Sort.by("campaign"));
        query.fields().include("campaign");
        return mongo.find(query, Document.class, mongo.getCollectionName(Evaluation.class)).stream()
                .map(d -> d.getString("campaign")).toList();
    }

    private static List<String> idsOf(String campaign, Collection<String> structureIds) {
        return structureIds.stream().map(id -> Evaluation.idOf(id, campaign)).toList();
    }

    /**
     * The evaluations of these structures for the campaign, those made, without their findings and
     * action plans (what figures and dashboards need of a page of structures). Looked up by document
     * id (the natural key) a hundred at a time; findings and plans, most of each document, stay unread.
     */
    public List<Evaluation> summariesOf(String campaign, Collection<String> structureIds) {
        return IdBatches.findAll(idsOf(campaign, structureIds), batch -> {
            Query query = Query.query(Criteria.where("_id").in(batch));
            query.fields().exclude("findings").exclude("actionPlan");
            return mongo.find(query, Evaluation.class);
        });
    }

    /**
     * The rule-set version of the evaluation of each structure for the campaign given beside it, by
     * structure code; absent when there is no such evaluation or it names no version. For a page of
     * structures (each with its own campaign), by document id a hundred at a time, the version field alone read.
     */
    public Map<String, String> ruleSetVersions(Map<String, String> campaignOfStructure) {
        List<String> ids = campaignOfStructure.entrySet().stream().map(e -> Evaluation.idOf(e.getKey(), e.getValue())).toList();
        Map<String, String> versions = new HashMap<>();
        IdBatches.forEach(ids, batch -> {
            Query query = Query.query(Criteria.where("_id").in(batch));
            query.fields().include("structureId", "ruleSetVersion");
            for (Document d : mongo.find(query, Document.class, mongo.getCollectionName(Evaluation.class))) {
                if (d.getString("ruleSetVersion") != null) {
                    versions.put(d.getString("structureId"), d.getString("ruleSetVersion"));
                }
            }
        });
        return versions;
    }
}
