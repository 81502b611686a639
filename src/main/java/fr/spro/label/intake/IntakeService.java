package fr.spro.label.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.KindImporter.Accepted;
import fr.spro.label.intake.KindImporter.Rejected;
import fr.spro.label.intake.KindImporter.Resolution;
import fr.spro.label.intake.read.CsvRecords;
import fr.spro.label.intake.read.JsonRecords;
import fr.spro.label.intake.read.RawRecord;
import fr.spro.label.intake.read.TextFile;
import fr.spro.label.intake.read.UnreadableFile;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.journal.Journal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports data files of the three kinds ({@code data-formats.md}). A file is read and checked
 * whole before anything is written: a file that cannot be read is rejected whole; otherwise its
 * valid rows are written (upserts by natural key, in chunks, each row's write atomic) and every
 * other row is reported with its line, column, value, code and French reason.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    /** Longest value quoted in a report: a 1 MB cell must not make a 1 MB report line. */
    static final int MAX_VALUE_SHOWN = 120;
    static final String INBOX_ACTOR = "import-dossier";

    private final Map<ImportKind, KindImporter<?>> importers = new EnumMap<>(ImportKind.class);
    private final Campaigns campaigns;
    private final Journal journal;
    private final Clock clock;
    private final int chunkRows;

    IntakeService(List<KindImporter<?>> importers, Campaigns campaigns, Journal journal, Clock clock,
                  @Value("${intake.write-chunk-rows:2000}") int chunkRows) {
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
        this.campaigns = campaigns;
        this.journal = journal;
        this.clock = clock;
        this.chunkRows = chunkRows;
    }

    /**
     * Imports one file. CSV or JSON is told by the name's extension ({@code .csv}, {@code .json}),
     * or by the content when the name has neither.
     *
     * @param evidence where the evidence file names of self-assessment rows are looked up
     */
    public ImportReport importFile(ImportKind kind, String fileName, byte[] content, EvidenceSource evidence) {
        return importFile(kind, fileName, content, evidence, new HashMap<>(), ImportScope.ANY);
    }

    /**
     * Imports one file whose rows must stay inside {@code scope}: a structure's own upload, where
     * rows naming another structure or campaign are rejected and the others imported.
     *
     * @throws IllegalArgumentException for a restricted import of the member directory
     */
    public ImportReport importFile(ImportKind kind, String fileName, byte[] content, EvidenceSource evidence, ImportScope scope) {
        scope.checkKind(kind);
        return importFile(kind, fileName, content, evidence, new HashMap<>(), scope);
    }

    /** @param seenKeys the natural keys already met in this run, with where: a later row with one of them is a duplicate */
    private ImportReport importFile(ImportKind kind, String fileName, byte[] content, EvidenceSource evidence,
                                    Map<String, KeyLocation> seenKeys, ImportScope scope) {
        return run(importers.get(kind), fileName, content, evidence, seenKeys, scope);
    }

    /**
     * Imports every data file of a folder: {@code structures*}, then {@code activity*}, then
     * {@code self-assessment*} ({@code .csv} or {@code .json}, by name within a kind); other files
     * are only evidence. Writes {@code rejections.csv} and {@code rejections.json} in the folder.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public InboxReport importInbox(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("Le dossier de dépôt « " + inbox + " » n'existe pas ou n'est pas un dossier.");
        }
        EvidenceSource evidence = EvidenceSource.directory(inbox);
        List<ImportReport> reports = new ArrayList<>();
        // Two files of a run giving the same key would overwrite each other at every run, in file-name
        // order: the later row is reported as a duplicate instead, so a run is repeatable.
        Map<ImportKind, Map<String, KeyLocation>> seenKeys = new EnumMap<>(ImportKind.class);
        for (Path file : dataFiles(inbox)) {
            String name = file.getFileName().toString();
            ImportKind kind = ImportKind.ofFileName(name).orElseThrow();
            ImportReport report;
            try {
                report = importFile(kind, name, Files.readAllBytes(file), evidence,
                        seenKeys.computeIfAbsent(kind, k -> new HashMap<>()), ImportScope.ANY);
            } catch (IOException e) {
                String detail = Files.isDirectory(file) ? "c'est un dossier, pas un fichier" : "lecture impossible";
                report = wholeFileRejected(name, kind, 0, Problem.of(RejectionCode.UNREADABLE_FILE, "", "").with("detail", detail));
            }
            journal.record(INBOX_ACTOR, "IMPORT", name, null, report.accepted() + " acceptées, " + report.rejected() + " rejetées",
                    inbox.toAbsolutePath().toString());
            reports.add(report);
        }
        InboxReport inboxReport = new InboxReport(inbox, reports);
        RejectionFiles.write(inbox, inboxReport.rejections());
        return inboxReport;
    }

    private static List<Path> dataFiles(Path inbox) {
        try (Stream<Path> files = Files.list(inbox)) {
            // Not only regular files: a folder named like a data file is reported, not silently skipped.
            return files.filter(file -> ImportKind.ofFileName(file.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing((Path file) -> ImportKind.ofFileName(file.getFileName().toString()).orElseThrow())
                            .thenComparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Le dossier de dépôt « " + inbox + " » ne peut pas être lu : " + e.getMessage(), e);
        }
    }

    private <T> ImportReport run(KindImporter<T> importer, String fileName, byte[] content, EvidenceSource evidence,
                                 Map<String, KeyLocation> seenKeys, ImportScope scope) {
        Schema schema = importer.schema();
        long start = System.nanoTime();
        List<RawRecord> records;
        try {
            String text = TextFile.decode(content);
            records = isJson(fileName, text) ? JsonRecords.read(text, schema) : CsvRecords.read(text, schema);
        } catch (UnreadableFile unreadable) {
            log.info("Import {} ({}): rejected whole, {}", fileName, importer.kind().code(), unreadable.problem().code());
            return wholeFileRejected(fileName, importer.kind(), unreadable.line(), unreadable.problem());
        }
        long read = System.nanoTime();
        List<Rejected> rejected = new ArrayList<>();
        List<Row> valid = scope.keep(validate(fileName, records, schema, seenKeys, rejected), rejected);
        long checked = System.nanoTime();
        Resolution<T> resolution = importer.resolve(valid, evidence);
        rejected.addAll(resolution.rejected());
        long resolved = System.nanoTime();
        int written = write(importer, resolution.accepted(), rejected);
        ImportReport report = report(fileName, importer.kind(), written, rejected);
        // Where the time goes, for BENCHMARKS.md and for an officer wondering why an import is slow.
        log.info("Import {} ({}): {} accepted, {} rejected in {} ms (read {}, row checks {}, lookups and evidence {}, writes {})",
                fileName, importer.kind().code(), report.accepted(), report.rejected(), millis(start, System.nanoTime()),
                millis(start, read), millis(read, checked), millis(checked, resolved), millis(resolved, System.nanoTime()));
        return report;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Rows valid in themselves, in file order. The first row with a given key is the one kept:
     * a later one is rejected as a duplicate, even when the first is rejected for another reason.
     */
    private static List<Row> validate(String fileName, List<RawRecord> records, Schema schema, Map<String, KeyLocation> seenKeys,
                                      List<Rejected> rejected) {
        List<Row> valid = new ArrayList<>(records.size());
        for (RawRecord record : records) {
            if (!record.problems().isEmpty()) {
                record.problems().forEach(problem -> rejected.add(new Rejected(record.line(), problem)));
                continue;
            }
            Schema.Validated validated = schema.validate(record.line(), record.cells());
            KeyLocation first = validated.key() == null ? null
                    : seenKeys.putIfAbsent(validated.key(), new KeyLocation(fileName, record.line()));
            validated.problems().forEach(problem -> rejected.add(new Rejected(record.line(), problem)));
            if (first != null) {
                rejected.add(new Rejected(record.line(), Problem.of(RejectionCode.DUPLICATE_KEY, schema.keyName(), validated.key())
                        .with("detail", "« " + validated.key() + " »").with("expected", first.describeFrom(fileName))));
            } else if (validated.row() != null) {
                valid.add(validated.row());
            }
        }
        return valid;
    }

    /** Where a key was first met in a run. */
    private record KeyLocation(String file, int line) {

        String describeFrom(String currentFile) {
            return currentFile.equals(file) ? "ligne " + line + " de ce fichier" : "ligne " + line + " du fichier « " + file + " »";
        }
    }

    /**
     * Writes accepted rows chunk by chunk. When the store fails, what is written stays written
     * and every row not yet confirmed is reported so that importing the file again completes it.
     */
    private <T> int write(KindImporter<T> importer, List<Accepted<T>> accepted, List<Rejected> rejected) {
        WriteContext context = new WriteContext(Instant.now(clock), campaigns);
        int written = 0;
        for (int from = 0; from < accepted.size(); from += chunkRows) {
            List<Accepted<T>> chunk = accepted.subList(from, Math.min(accepted.size(), from + chunkRows));
            try {
                importer.write(chunk, context);
                written += chunk.size();
            } catch (RuntimeException failure) {
                log.error("Import interrupted after {} rows written", written, failure);
                accepted.subList(from, accepted.size()).forEach(row ->
                        rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.WRITE_FAILED, "", ""))));
                break;
            }
        }
        return written;
    }

    private static boolean isJson(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{");
    }

    private static ImportReport report(String fileName, ImportKind kind, int accepted, List<Rejected> rejected) {
        List<Rejection> rejections = rejected.stream()
                .sorted(Comparator.comparingInt(Rejected::line))
                .map(r -> rejection(fileName, r.line(), r.problem()))
                .toList();
        Set<Integer> lines = new HashSet<>();
        rejected.forEach(r -> lines.add(r.line()));
        return new ImportReport(fileName, kind, accepted, lines.size(), rejections);
    }

    private static ImportReport wholeFileRejected(String fileName, ImportKind kind, int line, Problem problem) {
        return new ImportReport(fileName, kind, 0, 1, List.of(rejection(fileName, line, problem)));
    }

    static Rejection rejection(String fileName, int line, Problem problem) {
        String value = shorten(problem.value());
        Map<String, String> details = new HashMap<>(problem.details());
        details.put("column", problem.column());
        details.put("value", value);
        details.put("line", String.valueOf(line));
        return new Rejection(fileName, line, problem.column(), value, problem.code().name(), problem.code().message(details));
    }

    private static String shorten(String value) {
        String oneLine = value.length() > MAX_VALUE_SHOWN ? value.substring(0, MAX_VALUE_SHOWN) + "…" : value;
        return oneLine;
    }
}
