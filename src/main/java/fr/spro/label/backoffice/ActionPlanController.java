package fr.spro.label.backoffice;

import java.util.List;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.evaluation.ActionItemRefused;
import fr.spro.label.journal.Actor;
import fr.spro.label.review.DecisionRefused;
import fr.spro.label.review.PlanVerification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up of action plans: the overdue items (by default) or every item, for one campaign or
 * all; the officer marks each item lifted or not lifted ({@link PlanVerification}), and the page
 * says when the last one lifted the conditions or the suspension.
 */
@Controller
class ActionPlanController {

    static final String VIEW = "backoffice/listActionItems";
    static final String OVERDUE = "overdue";
    static final String ALL = "all";

    private final ActionPlanFollowUp plans;
    private final PlanVerification verification;
    private final CurrentCampaign current;

    ActionPlanController(ActionPlanFollowUp plans, PlanVerification verification, CurrentCampaign current) {
        this.plans = plans;
        this.verification = verification;
        this.current = current;
    }

    @GetMapping("/back-office/plans-actions")
    String list(@RequestParam(required = false) String show, @RequestParam(required = false) String campaign, Model model) {
        String view = show == null || show.isBlank() ? OVERDUE : show.strip();
        if (!OVERDUE.equals(view) && !ALL.equals(view)) {
            throw new BadFilter("show", show);
        }
        String campaignId = null;
        if (campaign != null && !campaign.isBlank()) {
            campaignId = current.named(campaign).map(Campaign::id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        List<ActionItemRow> rows = OVERDUE.equals(view) ? plans.overdue(campaignId) : plans.items(campaignId);
        model.addAttribute("rows", rows);
        model.addAttribute("show", view);
        model.addAttribute("campaign", campaignId);
        model.addAttribute("campaigns", current.all());
        return VIEW;
    }

    /** Lifts the item ({@code lifted=true}) or refuses it with the reason the structure reads. */
    @PostMapping("/back-office/plans-actions/{campaign}/{structureId}/{criterion}/verification")
    String verify(@PathVariable String campaign, @PathVariable String structureId, @PathVariable String criterion,
                  @RequestParam boolean lifted, @RequestParam(required = false) String reason, @RequestParam(required = false) String show,
                  Actor officer, RedirectAttributes redirect) {
        try {
            PlanVerification.Verified verified = verification.verify(structureId, campaign, criterion, lifted, reason, officer);
            redirect.addFlashAttribute("notice", verified.completed()
                    .map(kind -> "backoffice.actions.completed." + kind.name())
                    .orElse(lifted ? "backoffice.actions.lifted" : "backoffice.actions.notLifted"));
            redirect.addFlashAttribute("noticeStructure", structureId);
        } catch (ActionItemRefused | DecisionRefused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        redirect.addAttribute("show", ALL.equals(show) ? ALL : OVERDUE);
        return "redirect:/back-office/plans-actions";
    }
}
