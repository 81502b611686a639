package fr.spro.label.registry;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The registry's entries held in memory, in each order it can be listed in, for the public
 * searches. The registry is small (one entry per labelled structure) and read by many, and a search
 * counts and sorts over all of it: the embedded store answers that by reading the whole collection
 * for each request (a few requests per second at 10,000 structures, see BENCHMARKS.md).
 *
 * <p>The database stays the only truth, so instances can still be added or lost at will: a
 * version number stored beside the entries is read on each search (one lookup by {@code _id}) and
 * raised by every refresh after it has written, and an instance whose copy is of another version
 * reloads it. Whatever any instance changed is thus seen by every search that starts afterwards.
 */
@Component
class RegistrySnapshot extends AbstractMongoEventListener<RegistryEntry> {

    static final String VERSION_COLLECTION = "registry_version";
    private static final String VERSION_ID = "registry";
    private static final Loaded NONE = new Loaded(-1, Map.of(), List.of());

    private final MongoTemplate mongo;
    private volatile Loaded loaded = NONE;

    RegistrySnapshot(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private record Loaded(long version, Map<RegistrySort, List<RegistryEntry>> ordered, List<RegistryEntry> byId) {
    }

    /** Every entry as stored, in that order. */
    List<RegistryEntry> entries(RegistrySort order) {
        return current().ordered().get(order);
    }

    /** Every entry as stored, by structure id: the open data's order. */
    List<RegistryEntry> entriesById() {
        return current().byId();
    }

    private Loaded current() {
        long version = storedVersion();
        Loaded current = loaded;
        return current.version() == version ? current : load(version);
    }

    /** Tells every instance that the stored entries changed; called once a refresh has written them. */
    void changed() {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(VERSION_ID)), new Update().inc("version", 1L),
                FindAndModifyOptions.options().upsert(true), Document.class, VERSION_COLLECTION);
        loaded = NONE;
    }

    /** An entry written outside a refresh (tests, repairs): this instance reads the collection again. */
    @Override
    public void onAfterSave(AfterSaveEvent<RegistryEntry> event) {
        loaded = NONE;
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<RegistryEntry> event) {
        loaded = NONE;
    }

    private synchronized Loaded load(long version) {
        Loaded current = loaded;
        if (current.version() == version) {
            return current; // another search loaded it meanwhile
        }
        // Read after the version: a refresh writing meanwhile raises it again, and the next search reloads.
        List<RegistryEntry> all = mongo.findAll(RegistryEntry.class);
        Map<RegistrySort, List<RegistryEntry>> ordered = new EnumMap<>(RegistrySort.class);
        for (RegistrySort sort : RegistrySort.values()) {
            ordered.put(sort, all.stream().sorted(sort.order()).toList());
        }
        current = new Loaded(version, ordered, all.stream().sorted(Comparator.comparing(RegistryEntry::structureId)).toList());
        loaded = current;
        return current;
    }

    private long storedVersion() {
        Document stored = mongo.findById(VERSION_ID, Document.class, VERSION_COLLECTION);
        return stored == null ? 0 : stored.get("version", Number.class).longValue();
    }
}
