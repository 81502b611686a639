package fr.spro.label.explanation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import fr.spro.label.journal.Actor;
import fr.spro.label.reporting.ExplanationDocuments;
import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.Directory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A structure asks for the explanation of its decision from its results page, follows its request
 * and reads the explanation once an officer sent it. Only its own: the structure comes from the
 * account, never from the URL; a campaign without a decision has nothing to explain (404).
 */
@Controller
class StructureExplanationController {

    static final String ASK = "/mon-espace/resultats/{campaign:\\d{4}}/explication";
    static final String PAGE = "/mon-espace/explications/{campaign:\\d{4}}";
    static final String VIEW = "explanation/showExplanation";

    private final Explanations explanations;
    private final ExplanationPages pages;
    private final MessageSource messages;
    private final Directory directory;

    StructureExplanationController(Explanations explanations, ExplanationPages pages, MessageSource messages, Directory directory) {
        this.explanations = explanations;
        this.pages = pages;
        this.messages = messages;
        this.directory = directory;
    }

    @PostMapping(ASK)
    String ask(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String campaign,
               @RequestParam(required = false) String message, Actor actor, Locale locale, RedirectAttributes redirect) {
        String structureId = structureOf(account);
        try {
            Explanations.Asked asked = explanations.ask(structureId, campaign, message, actor);
            redirect.addFlashAttribute("notice", asked.made() ? "explanation.notice.requested" : "explanation.notice.already");
            return "redirect:/mon-espace/explications/" + campaign;
        } catch (ExplanationRefused refused) {
            if (refused.code() != ExplanationRefused.Code.MESSAGE_TOO_LONG) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.code().name());
            }
            // Back to the form, the message kept, the reason next to it.
            redirect.addFlashAttribute("explanationRefusal", messages.getMessage("explanation.refusal.MESSAGE_TOO_LONG",
                    new Object[] {Explanations.MAX_MESSAGE}, locale));
            redirect.addFlashAttribute("explanationMessage", message);
            return "redirect:/mon-espace/resultats/" + campaign + "#explanation";
        }
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String campaign, Locale locale, Model model) {
        ExplanationRequest request = requestOf(account, campaign);
        model.addAttribute("structure", directory.find(request.structureId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("page", pages.page(request, request.isSent(), locale));
        return VIEW;
    }

    @GetMapping(PAGE + "/explication.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String campaign) {
        ExplanationRequest request = requestOf(account, campaign);
        if (!request.isSent()) {
            // Prepared but not sent yet: the structure reads it once an officer has sent it.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(explanations, request);
    }

    static ResponseEntity<byte[]> download(Explanations explanations, ExplanationRequest request) {
        byte[] pdf = explanations.pdf(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(ExplanationDocuments.fileName(request.structureId(), request.campaign()), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).eTag(request.pdfSha256()).contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private ExplanationRequest requestOf(AccountPrincipal account, String campaign) {
        return explanations.current(structureOf(account), campaign).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String structureOf(AccountPrincipal account) {
        return account.structureId().orElseThrow(() -> new AccessDeniedException("No structure for account " + account.getUsername()));
    }
}
