package fr.spro.label.architecture.broken.ownership.beta;

import java.util.List;

import fr.spro.label.architecture.broken.ownership.alpha.Thing;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Module beta reading module alpha's documents behind its back: what the ownership rule refuses. */
public class ThingReader {

    private final MongoTemplate mongo;

    public ThingReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Thing> all() {
        return mongo.find(new Query(), Thing.class);
    }
}
