package fr.spro.label.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.spro.label.Launcher;
import fr.spro.label.support.CommandRun;
import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}, {@code open-campaign} then {@code import}, as the launcher runs them from the jar. */
class IntakeCommandLineTests {

    @TempDir Path folder;

    @Test
    void generateOpenTheCampaignThenImportExitWithZeroAndSayWhatTheyDid() throws Exception {
        Path inbox = folder.resolve("depot");
        String database = "--spring.mongodb.database=cli_intake_" + System.nanoTime();

        CommandRun generated = CommandRun.of(() -> Launcher.run("generate", "--structures=30", "--campaign=2025", "--out=" + inbox, "--seed=5",
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), database));
        CommandRun opened = CommandRun.of(() -> Launcher.run("open-campaign", "--campaign=2025",
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), database));
        CommandRun imported = CommandRun.of(() -> Launcher.run("import", "--inbox=" + inbox,
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), database));

        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out()).contains("30 structures écrites");
        assertThat(Files.exists(inbox.resolve("self-assessment-2025.csv"))).isTrue();
        assertThat(opened.exitCode()).as(opened.err()).isZero();
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Total : 3 fichiers, 660 lignes acceptées, 0 rejetées");
        assertThat(Files.readString(inbox.resolve("rejections.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFFfile,line,column,value,code,message\r\n");
    }

    @Test
    void generateRefusesANonNumericCountInFrench() {
        CommandRun refused = CommandRun.of(() -> Launcher.run("generate", "--structures=beaucoup", "--campaign=2025", "--out=" + folder,
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), "--spring.mongodb.database=cli_generate_bad"));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--structures doit être un nombre entier");
    }
}
