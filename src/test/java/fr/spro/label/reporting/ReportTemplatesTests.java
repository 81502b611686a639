package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;

/** The templates of {@code reports/} as files: they compile, and every word they print has a message. */
class ReportTemplatesTests {

    static final Path REPORTS = Path.of("reports");
    static final Path TEMPLATES = Path.of("src/main/resources/templates/reporting");

    @TempDir
    Path folder;

    @Test
    void everyTemplateOfTheReportsFolderCompiles() throws IOException {
        ReportEngine engine = engine(REPORTS);
        Set<String> compiled = new TreeSet<>();
        for (Path template : jrxmlFiles()) {
            JasperReport report = engine.compile(template.getFileName().toString());
            assertThat(report.getName()).isEqualTo(template.getFileName().toString().replace(".jrxml", ""));
            compiled.add(template.getFileName().toString());
        }
        assertThat(compiled).containsExactlyInAnyOrder(Stream.of(Template.values()).map(Template::fileName).toArray(String[]::new));
    }

    @Test
    void aBrokenTemplateFailsToCompileWithItsFileAndTheReason() throws IOException {
        for (String file : new ReportTemplates(REPORTS.toString()).fileNames()) {
            Files.copy(REPORTS.resolve(file), folder.resolve(file));
        }
        String audit = Files.readString(REPORTS.resolve("audit.jrxml"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("audit.jrxml"), audit.replace("$F{criterion}", "$F{critere_inconnu}"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> engine(folder).compile("audit.jrxml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Modèle de document invalide " + folder.resolve("audit.jrxml"))
                .hasMessageContaining("critere_inconnu");
    }

    @Test
    void everyMessageTheTemplatesPrintExistsInFrenchAndInEnglish() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path template : jrxmlFiles()) {
            keys.addAll(matches(Pattern.compile("\\$R\\{([^}]+)}"), Files.readString(template, StandardCharsets.UTF_8)));
        }
        try (Stream<Path> pages = Files.list(TEMPLATES)) {
            for (Path page : pages.toList()) {
                keys.addAll(matches(Pattern.compile("#\\{([a-z0-9.-]+)"), Files.readString(page, StandardCharsets.UTF_8)));
            }
        }

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(messages("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(messages("messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void theReportMessagesExistInBothLanguagesAndDoubleTheirApostrophesWhereTheyTakeArguments() throws IOException {
        Properties french = messages("messages.properties");
        Properties english = messages("messages_en.properties");
        Pattern reports = Pattern.compile("^(outcome|label-decision|compliance|theme|network|membership|report|audit|certificate|crefop)\\..*");

        Set<String> frenchKeys = new TreeSet<>(french.stringPropertyNames().stream().filter(k -> reports.matcher(k).matches()).toList());
        Set<String> englishKeys = new TreeSet<>(english.stringPropertyNames().stream().filter(k -> reports.matcher(k).matches()).toList());

        assertThat(englishKeys).isEqualTo(frenchKeys);
        for (Properties bundle : new Properties[] {french, english}) {
            for (String key : frenchKeys) {
                String message = bundle.getProperty(key);
                if (message.contains("{0}")) {
                    assertThat(message.replace("''", "")).as(key + " goes through MessageFormat").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void theTemplatesNameOnlyTheEmbeddedFontFamily() {
        assertThat(new ReportTemplates(REPORTS.toString()).fontNames()).containsExactly("Territoire Sans");
    }

    static ReportEngine engine(Path folder) {
        return new ReportEngine(new ReportTemplates(folder.toString()), new StaticMessageSource());
    }

    private static List<Path> jrxmlFiles() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties messages(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
