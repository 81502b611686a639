package fr.spro.label.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.CampaignRefused;
import fr.spro.label.assessment.CampaignWorkflow;
import fr.spro.label.assessment.SelfAssessmentRefused;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.journal.Actor;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign dashboard and what an officer does there: create, close and reopen a campaign,
 * reopen one structure's self-assessment. Every form posts, then redirects back to the dashboard
 * with a notice, or with its errors next to their fields and what was typed.
 */
@Controller
class CampaignDashboardController {

    static final String VIEW = "backoffice/showDashboard";
    static final String CAMPAIGN_PATH = "/back-office/campagnes/";

    private final CurrentCampaign current;
    private final CampaignOverviews overviews;
    private final CampaignWorkflow campaigns;
    private final SelfAssessmentWorkflow assessments;
    private final Texts texts;
    private final Clock clock;

    CampaignDashboardController(CurrentCampaign current, CampaignOverviews overviews, CampaignWorkflow campaigns,
                                SelfAssessmentWorkflow assessments, Texts texts, Clock clock) {
        this.current = current;
        this.overviews = overviews;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/back-office")
    String home(Model model) {
        return page(current.find().orElse(null), model);
    }

    /** The campaigns' own address leads to the dashboard, which lists them all and shows the current one. */
    @GetMapping("/back-office/campagnes")
    String campaigns() {
        return "redirect:/back-office";
    }

    /** {@code ?reouvrir=ID} preselects a structure in the reopening form (the review page links here). */
    @GetMapping(CAMPAIGN_PATH + "{campaign}")
    String campaign(@PathVariable String campaign, @RequestParam(name = "reouvrir", required = false) String reopen, Model model) {
        if (!model.containsAttribute("reopenStructure")) {
            model.addAttribute("reopenStructure", reopen);
        }
        return page(existing(campaign), model);
    }

    @InitBinder("newCampaignForm")
    void newCampaignRules(WebDataBinder binder) {
        binder.addValidators(new NewCampaignForm.Rules());
    }

    @PostMapping(CAMPAIGN_PATH + "nouvelle")
    String create(@Valid @ModelAttribute NewCampaignForm form, BindingResult binding,
                  Actor officer, Locale locale, RedirectAttributes redirect) {
        FieldErrors errors = texts.errors(binding, locale);
        if (errors.isEmpty()) {
            try {
                Campaign created = campaigns.create(form.yearNumber(), form.deadlineDate().orElseThrow(), officer);
                redirect.addFlashAttribute("notice", texts.message("backoffice.campaign.created", locale, created.id()));
                return "redirect:" + CAMPAIGN_PATH + created.id();
            } catch (CampaignRefused refused) {
                errors.add(fieldOf(refused.code()), texts.refusal(refused.code(), refused.getMessage(), locale, form.year(), null));
            }
        }
        redirect.addFlashAttribute("createErrors", errors);
        redirect.addFlashAttribute("newYear", form.year());
        redirect.addFlashAttribute("newDeadline", form.deadline());
        return "redirect:/back-office#nouvelle-campagne";
    }

    @PostMapping(CAMPAIGN_PATH + "{campaign}/cloture")
    String close(@PathVariable String campaign, Actor officer, Locale locale, RedirectAttributes redirect) {
        return transition(campaign, redirect, locale, "backoffice.campaign.closed",
                () -> campaigns.close(campaign, officer));
    }

    @PostMapping(CAMPAIGN_PATH + "{campaign}/ouverture")
    String reopen(@PathVariable String campaign, Actor officer, Locale locale, RedirectAttributes redirect) {
        return transition(campaign, redirect, locale, "backoffice.campaign.reopened",
                () -> campaigns.reopen(campaign, officer));
    }

    @PostMapping(CAMPAIGN_PATH + "{campaign}/reouvertures")
    String reopenAssessment(@PathVariable String campaign, @Valid @ModelAttribute ReopeningForm form, BindingResult binding,
                            Actor officer, Locale locale, RedirectAttributes redirect) {
        existing(campaign);
        FieldErrors errors = texts.errors(binding, locale);
        if (errors.isEmpty()) {
            try {
                assessments.reopen(form.structureId(), campaign, officer, form.reason());
                redirect.addFlashAttribute("notice", texts.message("backoffice.reopen.done", locale, form.structureId()));
                return "redirect:" + CAMPAIGN_PATH + campaign;
            } catch (SelfAssessmentRefused refused) {
                errors.add(refused.code().isAboutTheReason() ? "reason" : "structureId",
                        texts.refusal(refused.code(), refused.getMessage(), locale, campaign, form.structureId()));
            }
        }
        redirect.addFlashAttribute("reopenErrors", errors);
        redirect.addFlashAttribute("reopenStructure", form.structureId());
        redirect.addFlashAttribute("reopenReason", form.reason());
        return "redirect:" + CAMPAIGN_PATH + campaign + "#reouverture";
    }

    private String transition(String campaign, RedirectAttributes redirect, Locale locale, String doneKey, Runnable change) {
        existing(campaign);
        try {
            change.run();
            redirect.addFlashAttribute("notice", texts.message(doneKey, locale, campaign));
        } catch (CampaignRefused refused) {
            redirect.addFlashAttribute("alert", texts.refusal(refused.code(), refused.getMessage(), locale, campaign, null));
        }
        return "redirect:" + CAMPAIGN_PATH + campaign;
    }

    /** The field of the creation form a refusal is about: the deadline, or else the year. */
    private static String fieldOf(CampaignRefused.Code code) {
        return switch (code) {
            case DEADLINE_REQUIRED, BAD_DEADLINE -> "deadline";
            default -> "year";
        };
    }

    private String page(Campaign campaign, Model model) {
        model.addAttribute("campaigns", current.all());
        model.addAttribute("overview", campaign == null ? null : overviews.of(campaign));
        model.addAttribute("suggestedYear", LocalDate.now(clock).getYear() + 1);
        if (!model.containsAttribute("createErrors")) {
            model.addAttribute("createErrors", new FieldErrors());
        }
        if (!model.containsAttribute("reopenErrors")) {
            model.addAttribute("reopenErrors", new FieldErrors());
        }
        return VIEW;
    }

    private Campaign existing(String campaign) {
        return current.named(campaign).filter(c -> c.id().equals(campaign))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
