package fr.spro.label.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Generated documents in GridFS (bucket {@code reports}), one current file per key (e.g.
 * {@code audit/ML-DIJON/2025}). The collection {@code reports_current} points each key at its
 * current file: a lookup by primary key on either store, where a query on the files' metadata
 * scanned the whole bucket on the embedded store (about a second per audit file at 46,000 files).
 *
 * <p>A new version is stored first, then the key is pointed at it, then the older file is deleted,
 * so a reader always finds one. When two writers store the same key at once, the pointer only ever
 * moves to a greater file id and each writer deletes the file it displaced (or its own, when a newer
 * one already holds the key): whatever the interleaving, one file remains. The same on MongoDB and on
 * the embedded store, without a transaction.
 */
@Component
class DocumentStore {

    static final String BUCKET = "reports";
    static final String CURRENT = "reports_current";
    private static final String KEY = "metadata.key";
    private static final String FILE_ID = "fileId";

    private final GridFsTemplate gridFs;
    private final MongoTemplate mongo;
    private volatile boolean pointersChecked;

    DocumentStore(MongoDatabaseFactory factory, MongoConverter converter, MongoTemplate mongo) {
        this.gridFs = new GridFsTemplate(factory, converter, BUCKET);
        this.mongo = mongo;
    }

    /** What describes a document besides its bytes. */
    record Description(String key, String kind, String structureId, String campaign, String fileName,
                       String renderedDigest, String documentId, Instant generatedAt) {
    }

    Optional<StoredDocument> current(String key) {
        ensurePointers();
        Document pointer = pointers().find(Filters.eq("_id", key)).first();
        return Optional.ofNullable(pointer).map(p -> file(p.getObjectId(FILE_ID))).map(DocumentStore::stored);
    }

    /** Stores a new version under the description's key and deletes the one it replaces; returns the one kept. */
    StoredDocument replace(Description description, byte[] content) {
        ensurePointers();
        Document metadata = new Document("key", description.key())
                .append("kind", description.kind())
                .append("structureId", description.structureId())
                .append("campaign", description.campaign())
                .append("sha256", Digests.sha256(content))
                .append("renderedDigest", description.renderedDigest())
                .append("documentId", description.documentId())
                .append("generatedAt", Date.from(description.generatedAt()));
        ObjectId stored = gridFs.store(new ByteArrayInputStream(content), description.fileName(), "application/pdf", metadata);
        if (!pointAt(description.key(), stored)) {
            delete(stored); // a newer version was stored meanwhile
            return current(description.key()).orElseThrow();
        }
        return stored(file(stored));
    }

    /**
     * Points the key at this file unless a greater file id holds it, and deletes the file it
     * displaced; false when a greater one holds it. The pointer only ever moves forward.
     */
    private boolean pointAt(String key, ObjectId id) {
        try {
            Document displaced = pointers().findOneAndUpdate(Filters.and(Filters.eq("_id", key), Filters.lt(FILE_ID, id)),
                    Updates.set(FILE_ID, id), new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
            if (displaced != null) {
                delete(displaced.getObjectId(FILE_ID));
            }
            return true;
        } catch (MongoException e) {
            // The upsert met the key already pointing at a greater id.
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    InputStream open(StoredDocument document) {
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(document.fileId()))));
        if (file == null) {
            throw new IllegalStateException("Le document " + document.documentId() + " a été remplacé par une version plus récente");
        }
        GridFsResource resource = gridFs.getResource(file);
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files the bucket holds under this key (one, except for the moment of a replacement). */
    long count(String key) {
        List<GridFSFile> all = new ArrayList<>();
        gridFs.find(Query.query(Criteria.where(KEY).is(key))).into(all);
        return all.size();
    }

    private MongoCollection<Document> pointers() {
        return mongo.getCollection(CURRENT);
    }

    private GridFSFile file(ObjectId id) {
        return gridFs.findOne(Query.query(Criteria.where("_id").is(id)));
    }

    /**
     * Deletes a file, its description first, so no reader finds a file without its bytes. Its chunks
     * are deleted one by one by their full key ({@code files_id}, {@code n}): the embedded store uses
     * an index only when a query names all of its fields, and scanned every chunk of the bucket otherwise.
     */
    private void delete(ObjectId id) {
        GridFSFile file = file(id);
        if (file == null) {
            return;
        }
        mongo.getCollection(BUCKET + ".files").deleteOne(Filters.eq("_id", id));
        long chunks = (file.getLength() + file.getChunkSize() - 1) / file.getChunkSize();
        MongoCollection<Document> bucketChunks = mongo.getCollection(BUCKET + ".chunks");
        for (int n = 0; n < chunks; n++) {
            bucketChunks.deleteOne(Filters.and(Filters.eq("files_id", id), Filters.eq("n", n)));
        }
    }

    /**
     * Points every key at its newest file, once, when the store holds files but no pointer: a store
     * written before the pointers existed. One pass over the bucket's descriptions; the older
     * versions left by an interrupted replacement are deleted.
     */
    private void ensurePointers() {
        if (pointersChecked) {
            return;
        }
        synchronized (this) {
            if (!pointersChecked && pointers().estimatedDocumentCount() == 0) {
                Map<String, ObjectId> newest = new HashMap<>();
                List<ObjectId> all = new ArrayList<>();
                mongo.getCollection(BUCKET + ".files").find().projection(Projections.include(KEY)).forEach(file -> {
                    ObjectId id = file.getObjectId("_id");
                    all.add(id);
                    newest.merge(file.get("metadata", Document.class).getString("key"), id, (a, b) -> a.compareTo(b) > 0 ? a : b);
                });
                newest.forEach(this::pointAt);
                Set<ObjectId> kept = new HashSet<>(newest.values());
                all.stream().filter(id -> !kept.contains(id)).forEach(this::delete);
            }
            pointersChecked = true;
        }
    }

    private static StoredDocument stored(GridFSFile file) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        Date generatedAt = metadata.getDate("generatedAt");
        return new StoredDocument(file.getObjectId().toHexString(), metadata.getString("structureId"),
                metadata.getString("campaign"), file.getFilename(), file.getLength(), metadata.getString("sha256"),
                metadata.getString("renderedDigest"), metadata.getString("documentId"),
                generatedAt == null ? null : generatedAt.toInstant());
    }
}
