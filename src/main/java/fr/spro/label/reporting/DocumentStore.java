package fr.spro.label.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Generated documents in GridFS (bucket {@code reports}), one current file per key (e.g.
 * {@code audit/ML-DIJON/2025}). A new version is stored first and the older ones deleted after,
 * so a reader always finds one. When two writers store the same key at once, both keep the file with
 * the greatest id and delete the other: whatever the interleaving, one file remains. Works the same on
 * MongoDB and on the embedded store (no transaction needed).
 */
@Component
class DocumentStore {

    static final String BUCKET = "reports";
    private static final String KEY = "metadata.key";

    private final GridFsTemplate gridFs;
    private final MongoTemplate mongo;
    private volatile boolean indexed;

    DocumentStore(MongoDatabaseFactory factory, MongoConverter converter, MongoTemplate mongo) {
        this.gridFs = new GridFsTemplate(factory, converter, BUCKET);
        this.mongo = mongo;
    }

    /** What describes a document besides its bytes. */
    record Description(String key, String kind, String structureId, String campaign, String fileName,
                       String renderedDigest, String documentId, Instant generatedAt) {
    }

    Optional<StoredDocument> current(String key) {
        GridFSFile newest = gridFs.find(byKey(key).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1)).first();
        return Optional.ofNullable(newest).map(DocumentStore::stored);
    }

    /** Stores a new version under the description's key and deletes the older ones; returns the one kept. */
    StoredDocument replace(Description description, byte[] content) {
        ensureIndex();
        Document metadata = new Document("key", description.key())
                .append("kind", description.kind())
                .append("structureId", description.structureId())
                .append("campaign", description.campaign())
                .append("sha256", Digests.sha256(content))
                .append("renderedDigest", description.renderedDigest())
                .append("documentId", description.documentId())
                .append("generatedAt", Date.from(description.generatedAt()));
        gridFs.store(new ByteArrayInputStream(content), description.fileName(), "application/pdf", metadata);
        List<GridFSFile> versions = new ArrayList<>();
        gridFs.find(byKey(description.key()).with(Sort.by(Sort.Direction.DESC, "_id"))).into(versions);
        List<ObjectId> older = versions.stream().skip(1).map(GridFSFile::getObjectId).toList();
        if (!older.isEmpty()) {
            gridFs.delete(Query.query(Criteria.where("_id").in(older)));
        }
        return stored(versions.get(0));
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

    long count(String key) {
        List<GridFSFile> all = new ArrayList<>();
        gridFs.find(byKey(key)).into(all);
        return all.size();
    }

    private static Query byKey(String key) {
        return Query.query(Criteria.where(KEY).is(key));
    }

    private void ensureIndex() {
        if (!indexed) {
            // Finding the current version by key must not scan the bucket once it holds tens of thousands of files.
            mongo.indexOps(BUCKET + ".files").createIndex(new Index().on(KEY, Sort.Direction.ASC).on("_id", Sort.Direction.DESC));
            indexed = true;
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
