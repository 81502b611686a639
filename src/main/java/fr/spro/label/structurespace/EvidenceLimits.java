package fr.spro.label.structurespace;

import fr.spro.label.assessment.EvidenceStore;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The largest evidence file, for the pages with an upload field: {@code structurespace-uploads.js}
 * refuses a larger file as soon as it is chosen, so it is never sent (a request far above the
 * limit would be cut by the server before any field-level message could be shown).
 */
@ControllerAdvice(assignableTypes = {SelfAssessmentController.class, ResultsController.class})
class EvidenceLimits {

    @ModelAttribute("evidenceMaxBytes")
    long evidenceMaxBytes() {
        return EvidenceStore.MAX_SIZE;
    }
}
