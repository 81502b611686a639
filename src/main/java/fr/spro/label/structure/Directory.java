package fr.spro.label.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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
     * Ids per lookup by document id: the embedded store compares each document found with the whole
     * list of ids, so one list of thousands costs its square; a hundred at a time stays linear.
     */
    private static final int LOOKUP_BATCH = 100;

    /**
     * The structures of these codes that the directory holds, in no particular order: for a page of
     * another module's records (a bounded set of codes), by code a hundred at a time rather than one
     * query per code.
     */
    public List<MemberStructure> findAll(Collection<String> ids) {
        List<String> codes = List.copyOf(ids);
        List<MemberStructure> found = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += LOOKUP_BATCH) {
            structures.findAllById(codes.subList(from, Math.min(codes.size(), from + LOOKUP_BATCH))).forEach(found::add);
        }
        return found;
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
        List<MemberStructure> current = new ArrayList<>(pageSize);
        try (Stream<MemberStructure> summaries = mongo.stream(query, MemberStructure.class)) {
            summaries.forEach(summary -> {
                current.add(summary);
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
