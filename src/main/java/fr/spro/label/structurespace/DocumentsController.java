package fr.spro.label.structurespace;

import java.nio.charset.StandardCharsets;

import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.SelfAssessmentQueries;
import fr.spro.label.assessment.StoredEvidence;
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.ReportUnavailable;
import fr.spro.label.reporting.StoredDocument;
import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.MemberStructure;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files for the browser session of a structure: its audit file (the API route of the same file
 * wants HTTP Basic) and the evidence it attached to its answers. Only its own: the structure comes
 * from the account, and a file is served only when one of its own answers names it.
 */
@Controller
class DocumentsController {

    static final String AUDIT_PATH = "/mon-espace/documents/{campaign:\\d{4}}/audit.pdf";

    private final SignedInStructure signedIn;
    private final AuditFiles auditFiles;
    private final SelfAssessmentQueries assessments;
    private final EvidenceStore evidence;

    DocumentsController(SignedInStructure signedIn, AuditFiles auditFiles, SelfAssessmentQueries assessments, EvidenceStore evidence) {
        this.signedIn = signedIn;
        this.auditFiles = auditFiles;
        this.assessments = assessments;
        this.evidence = evidence;
    }

    @GetMapping(AUDIT_PATH)
    ResponseEntity<byte[]> auditFile(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String campaign) {
        MemberStructure structure = signedIn.of(account);
        StoredDocument document;
        try {
            document = auditFiles.ensureFor(structure.id(), campaign);
        } catch (ReportUnavailable unavailable) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, unavailable.code().name());
        }
        return ResponseEntity.ok().headers(attachment(document.fileName())).eTag(document.sha256())
                .contentType(MediaType.APPLICATION_PDF).body(auditFiles.content(document));
    }

    @GetMapping("/mon-espace/justificatifs/{fileId:[0-9a-f]{64}}")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String fileId) {
        MemberStructure structure = signedIn.of(account);
        boolean own = assessments.namesEvidence(structure.id(), fileId);
        StoredEvidence file = own ? evidence.open(fileId).orElse(null) : null;
        if (file == null) {
            // Another structure's file and a file that does not exist look the same.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // Only the three types accepted on upload, as recognised then from the content.
        MediaType type = EvidenceStore.contentTypeOf(file.content()).map(MediaType::parseMediaType).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().headers(attachment(file.fileName())).contentType(type).body(file.content());
    }

    private static HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return headers;
    }
}
