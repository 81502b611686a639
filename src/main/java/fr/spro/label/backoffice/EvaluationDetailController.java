package fr.spro.label.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.ReportUnavailable;
import fr.spro.label.reporting.StoredDocument;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionRefused;
import fr.spro.label.review.Review;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review of one evaluation: its findings, its documents, and the decision form. The decision
 * goes through {@link Review#decide} — it checks the justification, journals, and the registry and
 * the certificate follow — this page only turns the form into its arguments and its refusals into
 * messages next to the fields.
 */
@Controller
class EvaluationDetailController {

    static final String VIEW = "backoffice/showEvaluation";

    private final EvaluationDetails details;
    private final Review review;
    private final AuditFiles auditFiles;
    private final Texts texts;
    private final Clock clock;

    EvaluationDetailController(EvaluationDetails details, Review review, AuditFiles auditFiles, Texts texts, Clock clock) {
        this.details = details;
        this.review = review;
        this.auditFiles = auditFiles;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/back-office/revue/{campaign}/{structureId}")
    String show(@PathVariable String campaign, @PathVariable String structureId, Locale locale, Model model) {
        model.addAttribute("detail", existing(campaign, structureId, locale));
        model.addAttribute("decisions", LabelDecision.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FieldErrors());
        }
        return VIEW;
    }

    @InitBinder("decisionForm")
    void decisionRules(WebDataBinder binder) {
        binder.addValidators(new DecisionForm.Rules());
    }

    @PostMapping("/back-office/revue/{campaign}/{structureId}/decision")
    String decide(@PathVariable String campaign, @PathVariable String structureId, @Valid @ModelAttribute DecisionForm form,
                  BindingResult binding, Actor officer, Locale locale,
                  RedirectAttributes redirect) {
        EvaluationDetail detail = existing(campaign, structureId, locale);
        String page = "redirect:/back-office/revue/" + campaign + "/" + structureId;
        if (form.proposal() != null && !form.proposal().equals(String.valueOf(detail.evaluation().proposal()))) {
            // re-evaluated while the officer was reading: confirming now would confirm what they did not see
            binding.rejectValue("choice", "backoffice.decision.proposalChanged");
        }
        FieldErrors errors = texts.errors(binding, locale);
        if (errors.isEmpty()) {
            try {
                Decision taken = review.decide(structureId, campaign, form.otherDecision().orElse(null), form.justification(),
                        officer, LocalDate.now(clock));
                redirect.addFlashAttribute("notice", texts.message("backoffice.decision.saved", locale,
                        texts.message("label-decision." + taken.decision().name(), locale)));
                return page;
            } catch (DecisionRefused refused) {
                switch (refused.code()) {
                    case NOT_EVALUATED -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                    case STALE_EVALUATION -> errors.add("choice", texts.refusal(refused.code(), refused.getMessage(), locale,
                            campaign, structureId));
                    default -> errors.add("justification", texts.refusal(refused.code(), refused.getMessage(), locale,
                            campaign, structureId));
                }
            }
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("chosenChoice", form.choice());
        redirect.addFlashAttribute("chosenDecision", form.decision());
        redirect.addFlashAttribute("typedJustification", form.justification());
        return page + "#decision";
    }

    /** The audit file for a browser signed in with a session (the API route takes HTTP Basic). */
    @GetMapping("/back-office/documents/audit/{campaign}/{structureId}.pdf")
    ResponseEntity<byte[]> auditPdf(@PathVariable String campaign, @PathVariable String structureId) {
        try {
            StoredDocument document = auditFiles.ensureFor(structureId, campaign);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                    .eTag(document.sha256())
                    .contentType(MediaType.APPLICATION_PDF)
                    .body(auditFiles.content(document));
        } catch (ReportUnavailable unavailable) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private EvaluationDetail existing(String campaign, String structureId, Locale locale) {
        return details.find(campaign, structureId, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
