package fr.spro.label.backoffice;

import java.util.List;

import fr.spro.label.assessment.Campaign;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Follow-up of action plans: the overdue items (by default) or every item, for one campaign or all. */
@Controller
class ActionPlanController {

    static final String VIEW = "backoffice/listActionItems";
    static final String OVERDUE = "overdue";
    static final String ALL = "all";

    private final ActionPlanFollowUp plans;
    private final CurrentCampaign current;

    ActionPlanController(ActionPlanFollowUp plans, CurrentCampaign current) {
        this.plans = plans;
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
}
