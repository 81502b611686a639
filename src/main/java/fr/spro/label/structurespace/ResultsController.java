package fr.spro.label.structurespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActionItemRefused;
import fr.spro.label.evaluation.ActionPlans;
import fr.spro.label.explanation.ExplanationQueries;
import fr.spro.label.journal.Actor;
import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.MemberStructure;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The structure's results: the latest evaluated campaign, or one named in the path (of the
 * structure's own evaluations only), and its answers to the action plan in force.
 */
@Controller
class ResultsController {

    static final String PATH = "/mon-espace/resultats";
    static final String VIEW = "structurespace/showResults";

    private final SignedInStructure signedIn;
    private final ResultsPages pages;
    private final ActionPlansInForce inForce;
    private final ActionPlans actionPlans;
    private final Uploads uploads;
    private final MessageSource messages;
    private final ExplanationQueries explanations;

    ResultsController(SignedInStructure signedIn, ResultsPages pages, ActionPlansInForce inForce, ActionPlans actionPlans,
                      Uploads uploads, MessageSource messages, ExplanationQueries explanations) {
        this.signedIn = signedIn;
        this.pages = pages;
        this.inForce = inForce;
        this.actionPlans = actionPlans;
        this.uploads = uploads;
        this.messages = messages;
        this.explanations = explanations;
    }

    static String actionField(String criterion, String field) {
        return "action-" + criterion + "-" + field;
    }

    @GetMapping(PATH)
    String latest(@AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model, HttpServletResponse response) {
        MemberStructure structure = signedIn.of(account);
        List<String> campaigns = pages.campaigns(structure.id());
        return show(structure, campaigns.isEmpty() ? null : campaigns.get(0), locale, model, response);
    }

    @GetMapping(PATH + "/{campaign:\\d{4}}")
    String campaign(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String campaign, Locale locale, Model model,
                    HttpServletResponse response) {
        return show(signedIn.of(account), campaign, locale, model, response);
    }

    private String show(MemberStructure structure, String campaign, Locale locale, Model model, HttpServletResponse response) {
        ResultsPage page = campaign == null
                ? new ResultsPage(structure, List.of(), null, null, null, List.of(), null, false, List.of())
                : pages.page(structure, campaign, null, null, Map.of(), locale);
        if (campaign != null && page.evaluation() == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("page", page);
        explanationOf(structure, campaign, locale, model);
        return VIEW;
    }

    @InitBinder("action")
    void answerRules(WebDataBinder binder) {
        binder.addValidators(new ActionAnswerForm.Rules());
    }

    @PostMapping(PATH + "/{campaign:\\d{4}}/actions/{criterion:[A-Z]{3}-\\d{2}}")
    String answer(@AuthenticationPrincipal AccountPrincipal account, @PathVariable String campaign, @PathVariable String criterion,
                  @Valid @ModelAttribute("action") ActionAnswerForm form, BindingResult binding, Locale locale, Model model,
                  Actor actor, HttpServletResponse response, RedirectAttributes redirect) {
        MemberStructure structure = signedIn.of(account);
        String results = "redirect:" + PATH + "/" + campaign;
        if (!inForce.inForce(structure.id(), campaign)) {
            redirect.addFlashAttribute("refusal", "structurespace.refusal.ACTION_PLAN_NOT_IN_FORCE");
            return results;
        }
        Map<String, AssessmentPage.Message> errors = new HashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            String field = actionField(criterion, error.getField());
            errors.putIfAbsent(field, new AssessmentPage.Message(field, field + "-error", messages.getMessage(error, locale)));
        }
        List<String> evidence = new ArrayList<>();
        if (!form.typedLink().isEmpty() && !binding.hasFieldErrors("link")) {
            evidence.add(form.typedLink());
        }
        if (Uploads.sent(form.file())) {
            Uploads.Result stored = uploads.store(actionField(criterion, "file"), form.file());
            if (stored.problem() != null) {
                errors.put(stored.problem().fieldId(), message(stored.problem(), locale));
            } else {
                evidence.add(stored.reference().label());
            }
        }
        if (errors.isEmpty()) {
            try {
                actionPlans.answer(structure.id(), campaign, criterion, form.response(), evidence, form.markDone(),
                        actor);
                redirect.addFlashAttribute("notice", form.markDone() ? "structurespace.action.done" : "structurespace.action.saved");
                return results + "#action-" + criterion;
            } catch (ActionItemRefused refused) {
                if (!refused.code().isAboutTheResponse()) {
                    redirect.addFlashAttribute("refusal", "structurespace.refusal." + refused.code().name());
                    return results;
                }
                FieldProblem problem = FieldProblem.of(actionField(criterion, "response"), refused.code().name(),
                        String.valueOf(form.response() == null ? 0 : form.response().strip().length()),
                        String.valueOf(ActionItem.MAX_RESPONSE_LENGTH));
                errors.put(problem.fieldId(), message(problem, locale));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", pages.page(structure, campaign, criterion, form, errors, locale));
        explanationOf(structure, campaign, locale, model);
        return VIEW;
    }

    private AssessmentPage.Message message(FieldProblem problem, Locale locale) {
        return new AssessmentPage.Message(problem.fieldId(), problem.errorId(),
                messages.getMessage("structurespace.error." + problem.code(), problem.args().toArray(), locale));
    }

    /** Whether the structure may ask for the explanation of the campaign's decision, or where its request stands. */
    private void explanationOf(MemberStructure structure, String campaign, Locale locale, Model model) {
        if (campaign != null) {
            explanations.aboutDecision(structure.id(), campaign, locale).ifPresent(about -> model.addAttribute("explanation", about));
        }
    }
}
