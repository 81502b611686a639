package fr.spro.label.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import fr.spro.label.store.DocumentWriter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
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
