package fr.spro.label.reporting.web;

import java.nio.charset.StandardCharsets;

import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.Certificates;
import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.reporting.ReportUnavailable;
import fr.spro.label.reporting.StoredDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the documents. Who may download what is decided by the security configuration; what
 * cannot be produced is refused ({@link ReportUnavailable}): an unknown structure, campaign or
 * evaluation answers 404 with the JSON error, a certificate asked for a decision that does not grant
 * the label 409.
 */
@RestController
class ReportDownloads {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditFiles auditFiles;
    private final Certificates certificates;
    private final CrefopReport crefop;

    ReportDownloads(AuditFiles auditFiles, Certificates certificates, CrefopReport crefop) {
        this.auditFiles = auditFiles;
        this.certificates = certificates;
        this.crefop = crefop;
    }

    /** The current audit file: regenerated first if the evaluation or the decision changed since it was stored. */
    @GetMapping("/api/campaigns/{campaign}/evaluations/{structureId}/audit.pdf")
    ResponseEntity<byte[]> auditFile(@PathVariable String campaign, @PathVariable String structureId) {
        StoredDocument document = auditFiles.ensureFor(structureId, campaign);
        return ResponseEntity.ok()
                .headers(attachment(document.fileName()))
                .eTag(document.sha256())
                .contentType(MediaType.APPLICATION_PDF)
                .body(auditFiles.content(document));
    }

    @GetMapping("/documents/certificate/{campaign}/{structureId}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String campaign, @PathVariable String structureId) {
        byte[] pdf = certificates.certificate(structureId, campaign);
        return ResponseEntity.ok().headers(attachment(Certificates.fileName(structureId, campaign)))
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/api/campaigns/{campaign}/crefop-report.pdf")
    ResponseEntity<byte[]> crefopPdf(@PathVariable String campaign) {
        byte[] pdf = crefop.pdf(campaign);
        return ResponseEntity.ok().headers(attachment(CrefopReport.fileName(campaign, "pdf")))
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/api/campaigns/{campaign}/crefop-report.csv")
    ResponseEntity<byte[]> crefopCsv(@PathVariable String campaign) {
        byte[] csv = crefop.csv(campaign);
        return ResponseEntity.ok().headers(attachment(CrefopReport.fileName(campaign, "csv"))).contentType(CSV).body(csv);
    }

    private static HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return headers;
    }
}
