package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.spro.label.Launcher;
import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A template naming a font that is not installed stops the application at start-up, saying which. */
class MissingFontStartupTests {

    static final String REASON = "Police « Police Absente » inutilisable pour les documents PDF";

    @TempDir
    Path reports;

    @BeforeEach
    void templatesWhoseStylesNameAnAbsentFont() throws IOException {
        for (String file : new ReportTemplates("reports").fileNames()) {
            Files.copy(Path.of("reports", file), reports.resolve(file));
        }
        Path styles = reports.resolve(ReportTemplates.STYLES);
        Files.writeString(styles, Files.readString(styles, StandardCharsets.UTF_8)
                .replace("fontName=\"Territoire Sans\"", "fontName=\"Police Absente\""), StandardCharsets.UTF_8);
    }

    @Test
    void theApplicationDoesNotStartWhenATemplatesFontIsMissing() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TerritoireOrientationApplication.class)
                .web(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--reports-dir=" + reports, "--spring.main.banner-mode=off",
                "--spring.mongodb.uri=" + TestDatabase.connectionString(), "--spring.mongodb.database=missing_font"))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(REASON);
    }

    @Test
    void aCommandStartedWithAMissingFontExitsWithCode1AndSaysWhy() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Integer exitCode;
        try {
            exitCode = Launcher.run("reports", "--campaign=2025", "--out=" + reports.resolve("out"), "--reports-dir=" + reports,
                    "--spring.mongodb.uri=" + TestDatabase.connectionString(), "--spring.mongodb.database=missing_font_cli");
        } finally {
            System.setErr(original);
        }

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Échec du démarrage de la commande « reports » : " + REASON);
    }
}
