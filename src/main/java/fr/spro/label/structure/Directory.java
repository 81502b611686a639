package fr.spro.label.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import fr.spro.label.store.DocumentWriter;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The directory's exported queries: how other modules read the member structures. The structure
 * module alone reaches its collection; what a query needs of the store (an index, a bounded page)
 * is decided here, once.
 */
@Component
public class Directory {

    private final Structures structures;
    private final MongoTemplate mongo;

    Directory(Structures structures, MongoTemplate mongo) {
        this.structures = structures;
        this.mongo = mongo;
    }

    /** One structure by its code. */
    public Optional<MemberStructure> find(String id) {
        return structures.findById(id);
    }

    /** The structures of one territory, by name. */
    public List<MemberStructure> inTerritory(Territory territory) {
        return structures.findByTerritoryOrderByName(territory);
    }

    /** These structures by code, in code order; codes not in the directory are left out. */
    public Map<String, MemberStructure> findAll(Collection<String> ids) {
        Map<String, MemberStructure> byId = new TreeMap<>();
        structures.findAllById(ids).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /**
     * The next structures that take part in evaluations ({@link MemberStructure#isEvaluated}), in
     * code order after {@code afterId}, at most {@code size}: of one territory, or of all when
     * {@code territory} is null. Paged on the primary key, so each page is an index range.
     */
    public List<MemberStructure> evaluatedPage(Territory territory, String afterId, int size) {
        Criteria placed = territory == null ? Criteria.where("territory").ne(null) : Criteria.where("territory").is(territory);
        return mongo.find(Query.query(placed.and("membership").in(Membership.evaluated()).and("_id").gt(afterId))
                .with(Sort.by("_id")).limit(size), MemberStructure.class);
    }

    /**
     * Which of these ids the directory holds: what an import checks before it writes rows naming a
     * structure. Ids only (a projection), asked a hundred at a time rather than row by row, and not
     * more at once: the embedded store compares each document found with the whole list. Asked for
     * at least a quarter of the directory, one pass over its ids beats one lookup per id; that pass
     * reads at most four times as many ids as were asked for, so the answer stays bounded by the question.
     */
    public Set<String> knownAmong(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        MongoCollection<Document> directory = mongo.getCollection(mongo.getCollectionName(MemberStructure.class));
        Set<String> known = new HashSet<>();
        if (wanted.size() * 4L >= directory.estimatedDocumentCount()) {
            directory.find().projection(Projections.include("_id")).forEach(document -> known.add(document.getString("_id")));
            known.retainAll(wanted);
            return known;
        }
        List<String> all = new ArrayList<>(wanted);
        for (int from = 0; from < all.size(); from += DocumentWriter.LOOKUP_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + DocumentWriter.LOOKUP_BATCH));
            directory.find(Filters.in("_id", batch)).projection(Projections.include("_id"))
                    .forEach(document -> known.add(document.getString("_id")));
        }
        return known;
    }
}
