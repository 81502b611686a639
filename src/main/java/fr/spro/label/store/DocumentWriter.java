package fr.spro.label.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.BulkWriteOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.core.TypeInformation;
import org.springframework.stereotype.Component;

/**
 * Writes fields onto documents keyed by natural key, in bulk, touching only what differs: a
 * document that does not exist is inserted, one that exists gets {@code $set} of the fields whose
 * stored value differs, one already equal is left alone. Each document's write is one atomic
 * operation. Reading the chunk's documents first costs one query and makes a re-import write
 * nothing; inserting rather than upserting new documents is what makes a first import fast on the
 * embedded store, where upserts of missing documents are several times slower than inserts.
 *
 * <p>Infrastructure, owning no collection: the module that owns a collection calls it from its
 * named import operation, which decides the collection, the fields and what else is written.
 */
@Component
public class DocumentWriter {

    private final MongoTemplate mongo;

    DocumentWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Values as stored, for one chunk (not shared between threads). Not kept longer: answers with
     * their comments are often all different, and a file holds hundreds of thousands of them.
     */
    public StoredValues storedValues() {
        return new StoredValues();
    }

    /**
     * Values as the mapping layer stores them (dates, records), without a type hint since the
     * type is the declared one. Texts, numbers and enums, most of what an import writes, are kept
     * as they are (enums by name, as the mapping layer does); other values go through the mapping
     * layer once each: a data set repeats the same few answers and dates thousands of times.
     */
    public final class StoredValues {

        private final Map<Object, Object> converted = new HashMap<>();

        private StoredValues() {
        }

        public Object of(Object value) {
            if (value == null || value instanceof String || value instanceof Integer || value instanceof Double) {
                return value;
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            return converted.computeIfAbsent(value,
                    v -> mongo.getConverter().convertToMongoType(v, TypeInformation.of(v.getClass())));
        }
    }

    /**
     * Applies the writes to the collection.
     *
     * @param writes     per document id, the fields to set (dotted paths allowed), in document order
     * @param completion the fields to add when a document is written (timestamps, status), given
     *                   the stored document ({@code null} when new) and the fields that changed;
     *                   an empty map when nothing more is needed
     * @param run        the file being written: nothing is looked up in a collection empty when it started
     * @return the number of documents inserted or updated
     */
    public int write(String collection, Map<String, Map<String, Object>> writes, Completion completion, WriteRun run) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        boolean firstImport = run.wasEmptyAtStart(collection, () -> documents.estimatedDocumentCount() == 0);
        Map<String, Document> existing = firstImport ? new HashMap<>() : stored(documents, writes.keySet());
        Map<String, Map<String, Object>> inserts = new LinkedHashMap<>();
        List<WriteModel<Document>> updates = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> write : writes.entrySet()) {
            Document stored = existing.get(write.getKey());
            Map<String, Object> changed = changed(stored, write.getValue());
            Map<String, Object> extra = completion.extra(stored, changed);
            if (changed.isEmpty() && extra.isEmpty()) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(stored == null ? write.getValue() : changed);
            fields.putAll(extra);
            if (stored == null) {
                inserts.put(write.getKey(), fields);
            } else {
                updates.add(new UpdateOneModel<>(Filters.eq("_id", write.getKey()), new Document("$set", new Document(fields))));
            }
        }
        insert(documents, inserts);
        if (!updates.isEmpty()) {
            documents.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        }
        return inserts.size() + updates.size();
    }

    /**
     * The stored documents among those ids, a hundred at a time: the embedded store checks each
     * document it finds against the whole {@code $in} list, so long lists cost found × listed
     * comparisons.
     */
    private static Map<String, Document> stored(MongoCollection<Document> documents, Collection<String> ids) {
        Map<String, Document> existing = new HashMap<>();
        IdBatches.forEach(ids, batch -> documents.find(Filters.in("_id", batch))
                .forEach(document -> existing.put(document.getString("_id"), document)));
        return existing;
    }

    /**
     * Inserts new documents; one that another writer created in the meantime is set instead, as an
     * upsert, so concurrent imports of the same data end in the same state.
     */
    private static void insert(MongoCollection<Document> documents, Map<String, Map<String, Object>> inserts) {
        if (inserts.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(inserts.keySet());
        try {
            documents.insertMany(ids.stream().map(id -> nested(id, inserts.get(id))).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> upserts = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                String id = ids.get(error.getIndex());
                upserts.add(new UpdateOneModel<>(Filters.eq("_id", id), new Document("$set", new Document(inserts.get(id))),
                        new UpdateOptions().upsert(true)));
            }
            documents.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
        }
    }

    private static Map<String, Object> changed(Document stored, Map<String, Object> fields) {
        if (stored == null) {
            return fields;
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        fields.forEach((path, value) -> {
            if (!Objects.equals(valueAt(stored, path), value)) {
                changed.put(path, value);
            }
        });
        return changed;
    }

    private static Object valueAt(Document document, String path) {
        Object value = document;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Document current)) {
                return null;
            }
            value = current.get(key);
        }
        return value;
    }

    /** A new document from dotted paths: {@code answers.free_of_charge} becomes a nested field. */
    private static Document nested(String id, Map<String, Object> fields) {
        Document document = new Document("_id", id);
        fields.forEach((path, value) -> {
            String[] keys = path.split("\\.");
            Document parent = document;
            for (int i = 0; i < keys.length - 1; i++) {
                Object child = parent.get(keys[i]);
                if (!(child instanceof Document)) {
                    child = new Document();
                    parent.put(keys[i], child);
                }
                parent = (Document) child;
            }
            parent.put(keys[keys.length - 1], value);
        });
        return document;
    }

    /** What else to write when a document is written. */
    @FunctionalInterface
    public interface Completion {

        Completion NOTHING = (stored, changed) -> Map.of();

        Map<String, Object> extra(Document stored, Map<String, Object> changed);
    }
}
