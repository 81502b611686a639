package fr.spro.label.intake.web;

import java.io.IOException;
import java.util.List;

import fr.spro.label.intake.EvidenceSource;
import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.intake.Rejection;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of one data file by a quality officer. The answer is the import report; a file rejected
 * whole answers 422 so that scripts notice, with the same report shape. An uploaded file stands
 * alone: its answers may name https evidence links, not files.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final IntakeService intake;
    private final Journal journal;

    ImportController(IntakeService intake, Journal journal) {
        this.intake = intake;
        this.journal = journal;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResponse> upload(@RequestParam("kind") String kind,
                                          @RequestParam(name = "file", required = false) MultipartFile file,
                                          Actor actor) throws IOException {
        ImportKind importKind = ImportKind.ofCode(kind).orElseThrow(() -> new ImportRefused(ImportRefused.Code.UNKNOWN_KIND,
                "Type d'import « " + kind + " » inconnu : structures, activity ou self-assessment."));
        if (file == null) {
            throw new ImportRefused(ImportRefused.Code.MISSING_FILE, "Joignez le fichier à importer (champ « file »).");
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? importKind.code() + ".csv" : file.getOriginalFilename();
        ImportReport report = intake.importFile(importKind, fileName, file.getBytes(), EvidenceSource.none());
        journal.record(actor, JournalAction.IMPORT, fileName, null,
                report.accepted() + " acceptées, " + report.rejected() + " rejetées");
        HttpStatus status = report.fileRejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).body(ImportResponse.of(report));
    }

    /** The report as the API shows it: the rejections without the file name repeated on each. */
    record ImportResponse(String file, String kind, int accepted, int rejected, List<RejectionView> rejections) {

        static ImportResponse of(ImportReport report) {
            return new ImportResponse(report.file(), report.kind().code(), report.accepted(), report.rejected(),
                    report.rejections().stream().map(RejectionView::of).toList());
        }
    }

    record RejectionView(int line, String column, String value, String code, String message) {

        static RejectionView of(Rejection r) {
            return new RejectionView(r.line(), r.column(), r.value(), r.code(), r.message());
        }
    }
}
