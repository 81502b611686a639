package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.spro.label.Launcher;
import fr.spro.label.demo.GeneratedData;
import fr.spro.label.support.CommandRun;
import fr.spro.label.support.TestDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --inbox}, as the launcher runs it from the jar: its summary (interfaces.md) tells what
 * the job did; a campaign never opened is opened first.
 */
class EvaluateCommandTests {

    /** A line under "Propositions :", e.g. "  LABELLISE : 12". */
    private static final Pattern PROPOSAL_LINE = Pattern.compile("^  (\\w+) : (\\d+)$", Pattern.MULTILINE);

    @TempDir Path inbox;

    @Test
    void printsTheImportTheStructuresEvaluatedAndTheProposalsByKindAsStored() throws Exception {
        GeneratedData.write(30, 2034, 11, inbox);
        String database = "cli_evaluate_" + System.nanoTime();

        CommandRun run = CommandRun.of(() -> Launcher.run("evaluate", "--campaign=2034", "--inbox=" + inbox,
                "--campaign-job.audit-files=false", "--spring.mongodb.uri=" + TestDatabase.connectionString(),
                "--spring.mongodb.database=" + database));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Import : 3 fichiers, 660 lignes acceptées, 0 rejetées");
        try (MongoClient client = MongoClients.create(TestDatabase.connectionString())) {
            var evaluations = client.getDatabase(database).getCollection("evaluations");
            long stored = evaluations.countDocuments(new Document("campaign", "2034"));
            assertThat(stored).isPositive();
            assertThat(run.out()).contains("Structures évaluées : " + stored + " ");
            Matcher line = PROPOSAL_LINE.matcher(run.out());
            long listed = 0;
            while (line.find()) {
                long count = Long.parseLong(line.group(2));
                assertThat(evaluations.countDocuments(new Document("campaign", "2034").append("proposal", line.group(1))))
                        .as("evaluations proposing %s", line.group(1)).isEqualTo(count);
                listed += count;
            }
            assertThat(listed).as("every evaluation counted once, under its proposal").isEqualTo(stored);
        }
    }

    @Test
    void opensACampaignNeverOpenedWithItsDefaultDatesAndJournalsItBeforeRunningIt() {
        String database = "cli_evaluate_open_" + System.nanoTime();

        CommandRun run = CommandRun.of(() -> Launcher.run("evaluate", "--campaign=2036", "--campaign-job.audit-files=false",
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), "--spring.mongodb.database=" + database));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Campagne 2036 — traitement");
        try (MongoClient client = MongoClients.create(TestDatabase.connectionString())) {
            var db = client.getDatabase(database);
            Document campaign = db.getCollection("campaigns").find(new Document("_id", "2036")).first();
            assertThat(campaign).isNotNull();
            assertThat(campaign.getString("status")).isEqualTo("OPEN");
            assertThat(campaign.getDate("deadline").toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                    .isEqualTo(LocalDate.of(2036, 10, 31));
            assertThat(db.getCollection("journal").countDocuments(new Document("action", "CAMPAIGN_CREATE")
                    .append("subject", "campagne 2036").append("origin", "ligne de commande"))).isOne();
        }
    }
}
