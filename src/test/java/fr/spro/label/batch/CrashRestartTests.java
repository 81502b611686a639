package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import com.mongodb.client.MongoDatabase;
import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.demo.GeneratedData;
import fr.spro.label.store.EmbeddedStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code evaluate} command in a JVM of its own, killed with {@code kill -9} in the middle of
 * the evaluate step, then run again: exactly one evaluation and one audit file per eligible
 * structure, none duplicated, none missing. The store is the embedded one, on disk, as in
 * production without MongoDB.
 */
class CrashRestartTests {

    private static final int STRUCTURES = 300;

    @TempDir
    Path work;

    @Test
    void aJobKilledInTheMiddleOfTheEvaluateStepIsResumedByRunningTheSameCommandAgain() throws Exception {
        Path inbox = GeneratedData.write(STRUCTURES, 2025, 11, Files.createDirectories(work.resolve("inbox")));
        int port = freePort();

        Process first = evaluate(inbox, port, work.resolve("first.log"));
        long atKill;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=500")) {
            MongoDatabase db = client.getDatabase("territoire");
            atKill = waitForSomeEvaluations(db, first, work.resolve("first.log"));
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).as("killed, not finished").isNotZero();

        Process second = evaluate(inbox, port, work.resolve("second.log"));
        boolean ended = second.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            second.destroyForcibly();
        }
        assertThat(ended).as("second run ends; its log ends with:%n%s", tail(work.resolve("second.log"))).isTrue();
        assertThat(second.exitValue()).as(tail(work.resolve("second.log"))).isZero();
        assertThat(Files.readString(work.resolve("second.log"))).contains("COMPLETED");

        // Both runs have ended: the test opens their store file itself.
        try (EmbeddedStore store = EmbeddedStore.open(work.resolve("data"), 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase("territoire");
            long eligible = eligible(db);
            assertThat(atKill).as("killed in the middle of the evaluate step").isBetween(1L, eligible - 1);
            assertThat(db.getCollection("evaluations").countDocuments(new Document("campaign", "2025")))
                    .as("evaluations; missing: %s; partitions: %s", missing(db), partitions(db)).isEqualTo(eligible);
            Document audits = new Document("metadata.kind", "AUDIT").append("metadata.campaign", "2025");
            assertThat(db.getCollection("reports.files").countDocuments(audits)).isEqualTo(eligible);
            assertThat(db.getCollection("reports.files").distinct("metadata.key", audits, String.class).into(new ArrayList<>()))
                    .hasSize((int) eligible);
            assertThat(db.getCollection("evaluations").countDocuments(new Document("auditPending", true))).isZero();
        }
    }

    private long waitForSomeEvaluations(MongoDatabase db, Process process, Path log) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                long written = db.getCollection("evaluations").countDocuments();
                if (written > 0) {
                    return written;
                }
            } catch (RuntimeException notYetListening) {
                // the child has not opened its store yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first run never reached the evaluate step; its log ends with:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static long eligible(MongoDatabase db) {
        return db.getCollection("self_assessments").countDocuments(eligibleQuery(db));
    }

    private static Document eligibleQuery(MongoDatabase db) {
        List<Object> partners = db.getCollection("structures").find(new Document("membership", "RESOURCE_PARTNER"))
                .map(d -> d.get("_id")).into(new ArrayList<>());
        return new Document("campaign", "2025").append("status", "SUBMITTED").append("structureId", new Document("$nin", partners));
    }

    /** The eligible structures without an evaluation, to tell which partition lost them. */
    private static List<String> missing(MongoDatabase db) {
        List<String> evaluated = db.getCollection("evaluations").distinct("structureId", new Document("campaign", "2025"), String.class)
                .into(new ArrayList<>());
        List<String> eligible = db.getCollection("self_assessments").distinct("structureId", eligibleQuery(db), String.class)
                .into(new ArrayList<>());
        eligible.removeAll(evaluated);
        return eligible;
    }

    /** Each partition execution as the job repository kept it: status, counts and saved position. */
    private static List<String> partitions(MongoDatabase db) {
        return db.getCollection("BATCH_STEP_EXECUTION").find(new Document("name", new Document("$regex", "^evaluateTerritory:")))
                .map(Document::toJson).into(new ArrayList<>());
    }

    private Process evaluate(Path inbox, int port, Path log) throws IOException {
        // Small chunks, so the kill lands between commits; a short lease, so the second run need not wait.
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                TerritoireOrientationApplication.class.getName(), "evaluate", "--campaign=2025", "--inbox=" + inbox,
                "--campaign-job.chunk-size=5", "--campaign-job.lease-seconds=1",
                "--data-dir=" + work.resolve("data"), "--store.embedded.port=" + port));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
