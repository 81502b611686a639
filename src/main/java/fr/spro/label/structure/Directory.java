package fr.spro.label.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import fr.spro.label.store.IdBatches;
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
        IdBatches.forEach(wanted, batch -> directory.find(Filters.in("_id", batch)).projection(Projections.include("_id"))
                .forEach(document -> known.add(document.getString("_id"))));
        return known;
    }

    /** Whether the directory holds a structure of this code (an account, a command, names only known ones). */
    public boolean exists(String id) {
        return structures.existsById(id);
    }

    /** How many structures the directory holds. */
    public long count() {
        return structures.count();
    }

    /**
     * Hands the structures that take part in evaluations ({@link MemberStructure#isEvaluated}) over
     * a page at a time, in code order: a dashboard lists every one of them, and the campaign job
     * counts them, but never in one unbounded answer. One query read a page per batch of its
     * cursor: asking for each page anew made the embedded store scan the directory once per page,
     * which took over a quarter of an hour at 50,000 structures.
     */
    public void forEachEvaluatedPage(int pageSize, Consumer<List<MemberStructure>> page) {
        Query query = Query.query(Criteria.where("territory").ne(null).and("membership").in(Membership.evaluated()))
                .with(Sort.by("_id")).cursorBatchSize(pageSize);
        inPages(mongo.stream(query, MemberStructure.class), pageSize, page);
    }

    /**
     * The structures of these codes that the directory holds, in no particular order: for a page of
     * another module's records (a bounded set of codes), by code a hundred at a time rather than one
     * query per code.
     */
    public List<MemberStructure> findAll(Collection<String> ids) {
        return IdBatches.findAll(ids, structures::findAllById);
    }

    /**
     * Hands the whole directory over a page at a time, in code order, each structure with its code,
     * name, network, membership, territory and charter date only (the rest is {@code null}): what
     * regional figures and the lists of names beside them need. One pass, read a page per batch of
     * the cursor, and a projection: at 50,000 structures, addresses and contacts would be most of what is read.
     */
    public void forEachSummaryPage(int pageSize, Consumer<List<MemberStructure>> page) {
        Query query = new Query().with(Sort.by("_id")).cursorBatchSize(pageSize);
        query.fields().include("name", "network", "membership", "territory", "charterSignedOn");
        inPages(mongo.stream(query, MemberStructure.class), pageSize, page);
    }

    /** Hands a query's answer over in pages as its cursor reads it, and closes it. */
    private static void inPages(Stream<MemberStructure> answer, int pageSize, Consumer<List<MemberStructure>> page) {
        List<MemberStructure> current = new ArrayList<>(pageSize);
        try (answer) {
            answer.forEach(structure -> {
                current.add(structure);
                if (current.size() == pageSize) {
                    page.accept(List.copyOf(current));
                    current.clear();
                }
            });
        }
        if (!current.isEmpty()) {
            page.accept(List.copyOf(current));
        }
    }
}
