package fr.spro.label.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The verbs of the executable jar, run as the launcher runs them. */
class CommandLineTests {

    @Test
    void anUnknownVerbExitsWithCode2AndSaysSoInFrench() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Integer exitCode;
        try {
            exitCode = fr.spro.label.Launcher.run("frobnicate", "--spring.mongodb.uri=" + TestDatabase.connectionString(),
                    "--spring.mongodb.database=cli_unknown");
        } finally {
            System.setErr(original);
        }
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Commande inconnue : « frobnicate »");
    }
}
