package fr.spro.label.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.Filters;
import fr.spro.label.structure.MemberStructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Which structure ids the directory holds, asked a thousand at a time rather than row by row. */
@Component
class KnownStructures {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;

    KnownStructures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Set<String> among(Collection<String> ids) {
        List<String> all = new ArrayList<>(new HashSet<>(ids));
        Set<String> known = new HashSet<>();
        String collection = mongo.getCollectionName(MemberStructure.class);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            mongo.getCollection(collection).distinct("_id", Filters.in("_id", batch), String.class).into(known);
        }
        return known;
    }
}
