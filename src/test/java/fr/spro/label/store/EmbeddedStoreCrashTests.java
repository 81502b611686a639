package fr.spro.label.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store killed with {@code kill -9} while a writer inserts documents and, after each
 * batch, records how many it wrote: reopened, every document it holds is found by its id (never
 * stored without its index entry), and the record never counts more documents than the file holds.
 * Three kills in a row, each while writes run, on the same file.
 */
class EmbeddedStoreCrashTests {

    private static final int KILLS = 3;

    @TempDir
    Path data;

    @Test
    void aStoreKilledWhileWritingReopensWithEveryDocumentIndexedAndNoCountAheadOfItsDocuments() throws Exception {
        for (int kill = 1; kill <= KILLS; kill++) {
            int port = freePort();
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), data.toString(), String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(data.resolve("writer-" + kill + ".log").toFile()).start();
            waitForWrites(writer, port, kill);
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (EmbeddedStore store = EmbeddedStore.open(data, 0);
                 MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> items = client.getDatabase("crash").getCollection("items");
                List<String> scanned = items.find().map(d -> d.getString("_id")).into(new ArrayList<>());
                List<String> notFoundById = scanned.stream()
                        .filter(id -> items.find(Filters.eq("_id", id)).first() == null).toList();
                assertThat(notFoundById).as("after kill %d, stored but not found by id", kill).isEmpty();
                Document progress = client.getDatabase("crash").getCollection("progress").find(Filters.eq("_id", "writer")).first();
                long recorded = progress == null ? 0 : progress.getLong("written");
                assertThat((long) scanned.size()).as("after kill %d, documents against the count recorded after them", kill)
                        .isGreaterThanOrEqualTo(recorded);
            }
        }
    }

    /** Waits until the writer has written in this round (the count recorded moves), so the kill lands among writes. */
    private static void waitForWrites(Process writer, int port, int round) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        Long first = null;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=500")) {
            while (Instant.now().isBefore(deadline) && writer.isAlive()) {
                try {
                    Document progress = client.getDatabase("crash").getCollection("progress").find(Filters.eq("_id", "writer")).first();
                    long written = progress == null ? 0 : progress.getLong("written");
                    if (first == null) {
                        first = written;
                    } else if (written > first + 2_000) {
                        return;
                    }
                } catch (RuntimeException notYetListening) {
                    // the writer has not opened its store yet: ask again
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the writer of round " + round + " never wrote");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The process killed: inserts batches of documents, and after each the number written so far. */
    public static final class Writer {

        public static void main(String[] args) {
            EmbeddedStore store = EmbeddedStore.open(Path.of(args[0]), Integer.parseInt(args[1]));
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> items = client.getDatabase("crash").getCollection("items");
                MongoCollection<Document> progress = client.getDatabase("crash").getCollection("progress");
                long written = items.countDocuments();
                while (true) {
                    List<Document> batch = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        batch.add(new Document("_id", "item-" + (written + i)).append("text", "x".repeat(200)));
                    }
                    items.insertMany(batch);
                    written += batch.size();
                    progress.replaceOne(Filters.eq("_id", "writer"), new Document("_id", "writer").append("written", written),
                            new ReplaceOptions().upsert(true));
                }
            }
        }
    }
}
