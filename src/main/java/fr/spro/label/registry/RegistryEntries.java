package fr.spro.label.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code registry} collection, which the label module alone writes: the stored entries the
 * public reads. Apart from {@link Registry}, which reads the other modules' data it is built from
 * through their queries, so that no class both reaches the store and handles another module's documents.
 */
@Component
class RegistryEntries {

    private final MongoTemplate mongo;

    RegistryEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The codes among these that the registry lists (a page of them), the ids alone read. */
    List<String> listedAmong(Collection<String> structureIds) {
        return mongo.findDistinct(Query.query(Criteria.where("_id").in(structureIds)), "_id", RegistryEntry.class, String.class);
    }

    /** The codes of every structure the registry lists, the ids alone read. */
    List<String> allListed() {
        return mongo.findDistinct(new Query(), "_id", RegistryEntry.class, String.class);
    }

    /** The stored entries of these structures (a page of them). */
    List<RegistryEntry> find(Collection<String> structureIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(structureIds)), RegistryEntry.class);
    }

    Optional<RegistryEntry> find(String structureId) {
        return Optional.ofNullable(mongo.findById(structureId, RegistryEntry.class));
    }

    /** Takes these structures out of the registry. */
    void remove(Collection<String> structureIds) {
        mongo.remove(Query.query(Criteria.where("_id").in(structureIds)), RegistryEntry.class);
    }

    /** Stores the entry as it is, replacing the structure's previous one. */
    void save(RegistryEntry entry) {
        mongo.save(entry);
    }
}
