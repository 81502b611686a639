package fr.spro.label.explanation;

import java.util.Locale;

import fr.spro.label.journal.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' side: the pending requests, soonest due first with the late ones marked, each
 * prepared explanation, and sending it to its structure (with an optional note).
 */
@Controller
class OfficerExplanationController {

    static final String LIST = "/back-office/explications";
    static final String ONE = LIST + "/{campaign:\\d{4}}/{structureId}";
    static final int PAGE_SIZE = 50;

    private final Explanations explanations;
    private final ExplanationQueries queries;
    private final ExplanationPages pages;
    private final ExplanationPeriod period;
    private final MessageSource messages;

    OfficerExplanationController(Explanations explanations, ExplanationQueries queries, ExplanationPages pages,
                                 ExplanationPeriod period, MessageSource messages) {
        this.explanations = explanations;
        this.queries = queries;
        this.pages = pages;
        this.period = period;
        this.messages = messages;
    }

    @GetMapping(LIST)
    String list(@RequestParam(required = false) Integer page, Locale locale, Model model) {
        long count = queries.countPending();
        int pageCount = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = page == null ? 1 : page;
        if (shown < 1 || shown > pageCount) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("rows", pages.rows(queries.pending(shown - 1, PAGE_SIZE), locale));
        model.addAttribute("count", count);
        model.addAttribute("page", shown);
        model.addAttribute("pageCount", pageCount);
        model.addAttribute("period", period.text(locale));
        return "explanation/listRequests";
    }

    @GetMapping(ONE)
    String show(@PathVariable String campaign, @PathVariable String structureId, Locale locale, Model model) {
        model.addAttribute("page", pages.page(requestOf(structureId, campaign), true, locale));
        model.addAttribute("maxNote", Explanations.MAX_NOTE);
        return "explanation/showRequest";
    }

    @PostMapping(ONE + "/envoi")
    String send(@PathVariable String campaign, @PathVariable String structureId, @RequestParam(required = false) String note,
                Actor actor, Locale locale, RedirectAttributes redirect) {
        String back = "redirect:" + LIST + "/" + campaign + "/" + structureId;
        try {
            explanations.send(structureId, campaign, note, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("explanation.notice.sent", null, locale));
        } catch (ExplanationRefused refused) {
            switch (refused.code()) {
                case NOTE_TOO_LONG -> {
                    redirect.addFlashAttribute("alert", messages.getMessage("explanation.refusal.NOTE_TOO_LONG",
                            new Object[] {Explanations.MAX_NOTE}, locale));
                    redirect.addFlashAttribute("typedNote", note);
                }
                case ALREADY_SENT -> redirect.addFlashAttribute("alert", messages.getMessage("explanation.refusal.ALREADY_SENT", null, locale));
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.code().name());
            }
        }
        return back;
    }

    @GetMapping(ONE + "/explication.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String campaign, @PathVariable String structureId) {
        return StructureExplanationController.download(explanations, requestOf(structureId, campaign));
    }

    private ExplanationRequest requestOf(String structureId, String campaign) {
        return explanations.current(structureId, campaign).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
