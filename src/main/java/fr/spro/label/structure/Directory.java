package fr.spro.label.structure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
}
