package fr.spro.label.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.evaluation.EvaluationStore;
import org.springframework.stereotype.Service;

/**
 * Writes a campaign's documents into a folder, under the names of {@code interfaces.md}:
 * {@code audit-<structureId>-<campaign>.pdf} for each evaluation (stored first when missing or stale)
 * and {@code crefop-<campaign>.pdf} (with its CSV). What {@code evaluate --out=DIR} writes.
 */
@Service
public class ReportFiles {

    private final EvaluationStore evaluations;
    private final AuditFiles auditFiles;
    private final CrefopReport crefop;

    ReportFiles(EvaluationStore evaluations, AuditFiles auditFiles, CrefopReport crefop) {
        this.evaluations = evaluations;
        this.auditFiles = auditFiles;
        this.crefop = crefop;
    }

    /** The files written: the audit files first, then the CREFOP report as PDF and CSV. */
    public record Written(int auditFiles, List<Path> files) {
    }

    /**
     * @throws ReportUnavailable when the campaign does not exist
     */
    public Written writeTo(Path folder, String campaign) {
        byte[] crefopPdf = crefop.pdf(campaign);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String structureId : evaluatedStructures(campaign)) {
                StoredDocument document = auditFiles.ensureFor(structureId, campaign);
                Path file = folder.resolve(AuditFiles.fileName(structureId, campaign));
                try (InputStream in = auditFiles.open(document)) {
                    write(file, in.readAllBytes());
                }
                files.add(file);
            }
            int audits = files.size();
            files.add(write(folder.resolve(CrefopReport.fileName(campaign, "pdf")), crefopPdf));
            files.add(write(folder.resolve(CrefopReport.fileName(campaign, "csv")), crefop.csv(campaign)));
            return new Written(audits, List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible dans le dossier " + folder + " : " + e.getMessage(), e);
        }
    }

    private List<String> evaluatedStructures(String campaign) {
        return evaluations.evaluatedStructures(campaign);
    }

    /** Written beside, then moved in place: a reader never sees half a file. */
    private static Path write(Path file, byte[] content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, content);
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
