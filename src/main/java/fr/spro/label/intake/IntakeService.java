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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

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
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
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
    /** Who the journal names for an inbox import (from the command line or a job), the folder being its origin. */
    static final String INBOX_ACTOR = "import-dossier";

    private final Map<ImportKind, KindImporter<?>> importers = new EnumMap<>(ImportKind.class);
    private final Journal journal;
    private final Clock clock;
    private final int chunkRows;

    IntakeService(List<KindImporter<?>> importers, Journal journal, Clock clock,
                  @Value("${intake.write-chunk-rows:2000}") int chunkRows) {
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
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
                                    Map<String, RowChecks.KeyLocation> seenKeys, ImportScope scope) {
        return complete(check(importers.get(kind), fileName, content, seenKeys, scope), evidence);
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
        List<Path> files = dataFiles(inbox);
        List<ImportReport> reports = new ArrayList<>();
        Actor importer = new Actor(INBOX_ACTOR, inbox.toAbsolutePath().toString());
        // Two files of a run giving the same key would overwrite each other at every run, in file-name
        // order: the later row is reported as a duplicate instead, so a run is repeatable.
        Map<ImportKind, Map<String, RowChecks.KeyLocation>> seenKeys = new EnumMap<>(ImportKind.class);
        // The next file is read and checked (no database involved) while the current one is written:
        // on two cores, the store's work and ours overlap. Only one file ahead, to bound memory.
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "intake-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<CheckedFile> next = files.isEmpty() ? null : reader.submit(() -> checkInboxFile(files.get(0), seenKeys));
            for (int i = 0; i < files.size(); i++) {
                CheckedFile current = await(next);
                Path following = i + 1 < files.size() ? files.get(i + 1) : null;
                next = following == null ? null : reader.submit(() -> checkInboxFile(following, seenKeys));
                ImportReport report = complete(current, evidence);
                journal.record(importer, JournalAction.IMPORT, report.file(), null,
                        report.accepted() + " acceptées, " + report.rejected() + " rejetées");
                reports.add(report);
            }
        } finally {
            reader.shutdownNow();
        }
        InboxReport inboxReport = new InboxReport(inbox, reports);
        RejectionFiles.write(inbox, inboxReport.rejections());
        return inboxReport;
    }

    private CheckedFile checkInboxFile(Path file, Map<ImportKind, Map<String, RowChecks.KeyLocation>> seenKeys) {
        String name = file.getFileName().toString();
        ImportKind kind = ImportKind.ofFileName(name).orElseThrow();
        KindImporter<?> importer = importers.get(kind);
        try {
            return check(importer, name, Files.readAllBytes(file), seenKeys.computeIfAbsent(kind, k -> new HashMap<>()), ImportScope.ANY);
        } catch (IOException e) {
            String detail = Files.isDirectory(file) ? "c'est un dossier, pas un fichier" : "lecture impossible";
            return CheckedFile.unreadable(importer, name, 0, Problem.of(RejectionCode.UNREADABLE_FILE, "", "").with("detail", detail));
        }
    }

    private static CheckedFile await(Future<CheckedFile> file) {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrompu", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Lecture d'un fichier du dépôt impossible", e.getCause());
        }
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

    /** Reading and row checks: no database involved, so it may run ahead of the writes of another file. */
    private CheckedFile check(KindImporter<?> importer, String fileName, byte[] content, Map<String, RowChecks.KeyLocation> seenKeys,
                              ImportScope scope) {
        Schema schema = importer.schema();
        long start = System.nanoTime();
        List<RawRecord> records;
        try {
            String text = TextFile.decode(content);
            records = isJson(fileName, text) ? JsonRecords.read(text, schema) : CsvRecords.read(text, schema);
        } catch (UnreadableFile unreadable) {
            return CheckedFile.unreadable(importer, fileName, unreadable.line(), unreadable.problem());
        }
        long read = System.nanoTime();
        List<Rejected> rejected = new ArrayList<>();
        List<Row> valid = scope.keep(RowChecks.validate(fileName, records, schema, seenKeys, rejected), rejected);
        return new CheckedFile(importer, fileName, valid, rejected, null, millis(start, read), millis(read, System.nanoTime()));
    }

    /** Lookups, evidence, writes and the report. */
    private ImportReport complete(CheckedFile file, EvidenceSource evidence) {
        if (file.unreadable() != null) {
            log.info("Import {} ({}): rejected whole, {}", file.name(), file.importer().kind().code(), file.unreadable().rejections().get(0).code());
            return file.unreadable();
        }
        return complete(file.importer(), file, evidence);
    }

    private <T> ImportReport complete(KindImporter<T> importer, CheckedFile file, EvidenceSource evidence) {
        long start = System.nanoTime();
        List<Rejected> rejected = new ArrayList<>(file.rejected());
        Resolution<T> resolution = importer.resolve(file.rows(), evidence);
        rejected.addAll(resolution.rejected());
        long resolved = System.nanoTime();
        int written = write(importer, resolution.accepted(), rejected);
        ImportReport report = Reports.of(file.name(), importer.kind(), written, rejected);
        // Where the time goes, for BENCHMARKS.md and for an officer wondering why an import is slow.
        log.info("Import {} ({}): {} accepted, {} rejected (read {} ms, row checks {} ms, lookups and evidence {} ms, writes {} ms)",
                file.name(), importer.kind().code(), report.accepted(), report.rejected(), file.readMillis(), file.checkMillis(),
                millis(start, resolved), millis(resolved, System.nanoTime()));
        return report;
    }

    /** A file read and checked row by row, waiting for its lookups and writes; or rejected whole. */
    private record CheckedFile(KindImporter<?> importer, String name, List<Row> rows, List<Rejected> rejected,
                               ImportReport unreadable, long readMillis, long checkMillis) {

        static CheckedFile unreadable(KindImporter<?> importer, String name, int line, Problem problem) {
            return new CheckedFile(importer, name, List.of(), List.of(), Reports.wholeFileRejected(name, importer.kind(), line, problem), 0, 0);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Writes accepted rows chunk by chunk. When the store fails, what is written stays written
     * and every row not yet confirmed is reported so that importing the file again completes it.
     */
    private <T> int write(KindImporter<T> importer, List<Accepted<T>> accepted, List<Rejected> rejected) {
        WriteContext context = new WriteContext(Instant.now(clock));
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
}
