package fr.spro.label.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import fr.spro.label.structure.MemberStructure;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Which structure ids the directory holds, asked a hundred at a time rather than row by row
 * (and not more: the embedded store compares each document found with the whole list).
 */
@Component
class KnownStructures {

    private static final int BATCH = DocumentWriter.LOOKUP_BATCH;

    private final MongoTemplate mongo;

    KnownStructures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Set<String> among(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        MongoCollection<Document> structures = mongo.getCollection(mongo.getCollectionName(MemberStructure.class));
        Set<String> known = new HashSet<>();
        if (wanted.size() * 4L >= structures.estimatedDocumentCount()) {
            // Asking for much of the directory: one pass over its ids beats one lookup per id.
            structures.find().projection(Projections.include("_id")).forEach(document -> known.add(document.getString("_id")));
            known.retainAll(wanted);
            return known;
        }
        List<String> all = new ArrayList<>(wanted);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            structures.find(Filters.in("_id", batch)).projection(Projections.include("_id"))
                    .forEach(document -> known.add(document.getString("_id")));
        }
        return known;
    }
}
