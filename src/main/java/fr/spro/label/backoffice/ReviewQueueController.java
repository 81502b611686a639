package fr.spro.label.backoffice;

import java.util.List;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The review queue: a campaign's evaluations, filtered, each leading to its review page. */
@Controller
class ReviewQueueController {

    static final String VIEW = "backoffice/listEvaluations";

    private final ReviewQueue queue;
    private final CurrentCampaign current;

    ReviewQueueController(ReviewQueue queue, CurrentCampaign current) {
        this.queue = queue;
        this.current = current;
    }

    @GetMapping("/back-office/revue")
    String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String territory,
                @RequestParam(required = false) String network, @RequestParam(required = false) String proposal,
                @RequestParam(required = false) String flagged, @RequestParam(required = false) String decided, Model model) {
        ReviewFilter asked = ReviewFilter.parse(campaign, territory, network, proposal, flagged, decided);
        Campaign shown = current.named(campaign).orElse(null);
        if (shown == null && campaign != null && !campaign.isBlank()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ReviewFilter filter = asked.forCampaign(shown == null ? null : shown.id());
        model.addAttribute("filter", filter);
        model.addAttribute("rows", shown == null ? List.of() : queue.rows(filter));
        model.addAttribute("campaigns", current.all());
        model.addAttribute("territories", Territory.values());
        model.addAttribute("networks", Network.values());
        model.addAttribute("decisions", LabelDecision.values());
        return VIEW;
    }
}
