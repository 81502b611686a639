package fr.spro.label.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import fr.spro.label.csv.SafeCsv;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rejection report of an inbox run, as {@code rejections.csv} (through {@link SafeCsv}, so a
 * value such as {@code =HYPERLINK(...)} is shown, not run) and {@code rejections.json}. Each is
 * written beside and then moved into place, so a reader never sees half a report.
 */
final class RejectionFiles {

    static final String CSV = "rejections.csv";
    static final String JSON = "rejections.json";
    static final List<String> COLUMNS = List.of("file", "line", "column", "value", "code", "message");

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RejectionFiles() {
    }

    static void write(Path inbox, List<Rejection> rejections) {
        try {
            Path csv = Files.createTempFile(inbox, ".rejections", ".csv.tmp");
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); SafeCsv table = SafeCsv.open(out, COLUMNS)) {
                rejections.forEach(r -> table.row(r.file(), r.line(), r.column(), r.value(), r.code(), r.message()));
            }
            Files.move(csv, inbox.resolve(CSV), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path json = Files.createTempFile(inbox, ".rejections", ".json.tmp");
            MAPPER.writeValue(json.toFile(), rejections);
            Files.move(json, inbox.resolve(JSON), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Le rapport des rejets n'a pas pu être écrit dans « " + inbox + " »", e);
        }
    }
}
