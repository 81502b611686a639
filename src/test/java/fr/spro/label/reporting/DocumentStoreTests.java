package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import fr.spro.label.support.IntegrationTest;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The current file of each key, on a database of its own so that it starts without pointers:
 * replacing keeps one file and deletes the other's chunks, a writer that lost the race deletes
 * its own file, and a store written before the pointers existed is pointed at its newest files.
 */
@IntegrationTest
class DocumentStoreTests {

    private static final String KEY = "audit/ML-POINTEUR/2031";

    @Autowired MongoClient client;
    @Autowired MongoConverter converter;

    private MongoDatabase database;
    private MongoTemplate mongo;
    private GridFSBucket bucket;

    @BeforeEach
    void anEmptyDatabase() {
        database = client.getDatabase("document-store-tests");
        database.drop();
        mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "document-store-tests"), converter);
        bucket = GridFSBuckets.create(database, DocumentStore.BUCKET);
    }

    private DocumentStore newStore() {
        return new DocumentStore(new SimpleMongoClientDatabaseFactory(client, "document-store-tests"), converter, mongo);
    }

    private static DocumentStore.Description described(String key, String digest) {
        return new DocumentStore.Description(key, "AUDIT", "ML-POINTEUR", "2031", "audit.pdf", digest, "DOC-" + digest,
                Instant.parse("2032-01-15T10:00:00Z"));
    }

    /** A file as an older version stored it: metadata only, no pointer. */
    private ObjectId storedWithoutPointer(ObjectId id, String key, String text) {
        bucket.uploadFromStream(new BsonObjectId(id), "audit.pdf", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new GridFSUploadOptions().metadata(new Document("key", key).append("renderedDigest", text)
                        .append("generatedAt", Date.from(Instant.parse("2032-01-15T10:00:00Z")))));
        return id;
    }

    private long chunksOf(ObjectId id) {
        return database.getCollection(DocumentStore.BUCKET + ".chunks").countDocuments(Filters.eq("files_id", id));
    }

    @Test
    void aReplacementKeepsOneFileAndDeletesTheChunksOfTheOneItReplaced() {
        DocumentStore store = newStore();
        StoredDocument first = store.replace(described(KEY, "v1"), "première version".getBytes(StandardCharsets.UTF_8));
        StoredDocument second = store.replace(described(KEY, "v2"), "seconde version".getBytes(StandardCharsets.UTF_8));

        assertThat(store.current(KEY)).map(StoredDocument::renderedDigest).contains("v2");
        assertThat(store.count(KEY)).isEqualTo(1);
        assertThat(chunksOf(new ObjectId(first.fileId()))).isZero();
        assertThat(chunksOf(new ObjectId(second.fileId()))).isEqualTo(1);
        assertThat(database.getCollection(DocumentStore.CURRENT).countDocuments()).isEqualTo(1);
    }

    @Test
    void aWriterThatFindsANewerFileInPlaceDeletesItsOwnAndAnswersTheNewerOne() {
        DocumentStore store = newStore();
        store.replace(described(KEY, "v1"), "première version".getBytes(StandardCharsets.UTF_8));
        // Another writer stored a later version meanwhile (an id from a later second) and pointed the key at it.
        ObjectId newer = storedWithoutPointer(new ObjectId(Date.from(Instant.now().plus(1, ChronoUnit.HOURS))), KEY, "v-newer");
        database.getCollection(DocumentStore.CURRENT).updateOne(Filters.eq("_id", KEY),
                new Document("$set", new Document("fileId", newer)));

        StoredDocument kept = store.replace(described(KEY, "v2"), "seconde version".getBytes(StandardCharsets.UTF_8));

        assertThat(kept.fileId()).isEqualTo(newer.toHexString());
        assertThat(kept.renderedDigest()).isEqualTo("v-newer");
        assertThat(database.getCollection(DocumentStore.BUCKET + ".files").countDocuments(Filters.eq("metadata.renderedDigest", "v2")))
                .as("the loser's file is deleted").isZero();
    }

    @Test
    void aStoreWrittenBeforeThePointersIsPointedAtItsNewestFilesAndLosesTheOlderOnes() {
        ObjectId oldest = storedWithoutPointer(new ObjectId(Date.from(Instant.parse("2030-01-01T00:00:00Z"))), KEY, "a");
        ObjectId newest = storedWithoutPointer(new ObjectId(Date.from(Instant.parse("2030-03-01T00:00:00Z"))), KEY, "c");
        ObjectId middle = storedWithoutPointer(new ObjectId(Date.from(Instant.parse("2030-02-01T00:00:00Z"))), KEY, "b");
        ObjectId other = storedWithoutPointer(new ObjectId(Date.from(Instant.parse("2030-01-15T00:00:00Z"))), "crefop/2031", "crefop");

        DocumentStore store = newStore();

        assertThat(store.current(KEY)).map(StoredDocument::fileId).contains(newest.toHexString());
        assertThat(store.current("crefop/2031")).map(StoredDocument::fileId).contains(other.toHexString());
        assertThat(store.count(KEY)).isEqualTo(1);
        assertThat(List.of(chunksOf(oldest), chunksOf(middle), chunksOf(newest))).containsExactly(0L, 0L, 1L);
    }
}
