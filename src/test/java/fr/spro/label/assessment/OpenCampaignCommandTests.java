package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fr.spro.label.Launcher;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.support.CommandRun;
import fr.spro.label.support.TestDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** {@code open-campaign}, as the launcher runs it from the jar: an operator opens a campaign, once. */
class OpenCampaignCommandTests {

    static CommandRun run(String database, String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "open-campaign";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        all[arguments.length + 1] = "--spring.mongodb.uri=" + TestDatabase.connectionString();
        all[arguments.length + 2] = "--spring.mongodb.database=" + database;
        return CommandRun.of(() -> Launcher.run(all));
    }

    @Test
    void opensACampaignWithItsDeadlineThenRefusesToOpenItAgainWithExitCode2() {
        String database = "cli_open_campaign_" + System.nanoTime();

        CommandRun opened = run(database, "--campaign=2026", "--deadline=2026-11-15");
        CommandRun again = run(database, "--campaign=2026");

        assertThat(opened.exitCode()).as(opened.err()).isZero();
        assertThat(opened.out()).contains("Campagne 2026 ouverte", "2026-11-15");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("La campagne 2026 existe déjà.");
        try (MongoClient client = MongoClients.create(TestDatabase.connectionString())) {
            MongoDatabase db = client.getDatabase(database);
            Document campaign = db.getCollection("campaigns").find(new Document("_id", "2026")).first();
            assertThat(campaign).isNotNull();
            assertThat(campaign.getString("status")).isEqualTo("OPEN");
            // stored as the start of that day in the default time zone, as Spring Data writes a LocalDate
            assertThat(campaign.getDate("deadline").toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(db.getCollection("journal").countDocuments(new Document("action", JournalAction.CAMPAIGN_CREATE.code())
                    .append("subject", "campagne 2026").append("origin", Actor.COMMAND_LINE))).isOne();
        }
    }

    @Test
    void aMalformedYearOrDeadlineIsAUsageMistakeAndOpensNothing() {
        String database = "cli_open_campaign_bad_" + System.nanoTime();

        CommandRun badYear = run(database, "--campaign=deux-mille");
        CommandRun badDeadline = run(database, "--campaign=2026", "--deadline=31/10/2026");

        assertThat(badYear.exitCode()).isEqualTo(2);
        assertThat(badYear.err()).contains("Campagne invalide : « deux-mille »");
        assertThat(badDeadline.exitCode()).isEqualTo(2);
        assertThat(badDeadline.err()).contains("Date limite de dépôt invalide");
        try (MongoClient client = MongoClients.create(TestDatabase.connectionString())) {
            assertThat(client.getDatabase(database).getCollection("campaigns").countDocuments()).isZero();
        }
    }
}
