package fr.spro.label.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the templates are read from: the {@code reports/} folder packaged in the application, or the
 * folder given with {@code --reports-dir=DIR} (a Region may restyle its documents without a release).
 * Every file is read once: templates do not change while the application runs.
 */
@Component
class ReportTemplates {

    static final String STYLES = "styles.jrtx";
    private static final String CLASSPATH_FOLDER = "reports/";
    private static final Pattern FONT_NAME = Pattern.compile("fontName=\"([^\"]+)\"");

    private final Path folder;

    ReportTemplates(@Value("${reports-dir:}") String folder) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    /** The template files the application uses: the style template and every report. */
    List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add(STYLES);
        for (Template template : Template.values()) {
            names.add(template.fileName());
        }
        return names;
    }

    byte[] read(String fileName) {
        try (InputStream in = open(fileName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Modèle de document illisible : " + where(fileName), e);
        }
    }

    /** The font families the templates name, which must all be embeddable at start-up. */
    Set<String> fontNames() {
        Set<String> names = new TreeSet<>();
        for (String fileName : fileNames()) {
            Matcher matcher = FONT_NAME.matcher(new String(read(fileName), StandardCharsets.UTF_8));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** What a reader of an error message needs to find the file. */
    String where(String fileName) {
        return folder == null ? CLASSPATH_FOLDER + fileName : folder.resolve(fileName).toString();
    }

    private InputStream open(String fileName) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("Modèle de document introuvable : " + file);
            }
            return Files.newInputStream(file);
        }
        InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + fileName);
        if (in == null) {
            throw new IllegalStateException("Modèle de document introuvable : " + CLASSPATH_FOLDER + fileName);
        }
        return in;
    }
}
