package fr.spro.label.reporting.web;

import java.util.Locale;

import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.ReportUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The HTML twin of an audit file: the same content as the PDF with headings and data tables, the
 * accessible version every downloadable document needs (RGAA 13.3), in the reader's language.
 */
@Controller
class AuditTwinController {

    static final String VIEW = "reporting/auditFile";
    static final String NOT_FOUND_VIEW = "reporting/auditNotFound";

    private final AuditFiles auditFiles;

    AuditTwinController(AuditFiles auditFiles) {
        this.auditFiles = auditFiles;
    }

    @GetMapping("/documents/audit/{campaign}/{structureId}")
    String auditFile(@PathVariable String campaign, @PathVariable String structureId, Locale locale, Model model) {
        model.addAttribute("audit", auditFiles.view(structureId, campaign, locale));
        return VIEW;
    }

    /** A page, not JSON: the twin is read in a browser. The sentence says what does not exist. */
    @ExceptionHandler(ReportUnavailable.class)
    ModelAndView unavailable(ReportUnavailable unavailable) {
        ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
        page.addObject("reason", unavailable.getMessage());
        page.addObject("code", unavailable.code().name());
        return page;
    }
}
