package fr.spro.label.backoffice;

import java.util.Locale;

import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.batch.JobRefused;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Launching a campaign's evaluation job and watching it. The job page shows the state when it is
 * loaded; {@code backoffice-job.js} then follows it live through {@code /back-office/jobs/{id}}.
 */
@Controller
class EvaluationJobController {

    private static final Logger log = LoggerFactory.getLogger(EvaluationJobController.class);
    static final String LAUNCH_VIEW = "backoffice/launchEvaluation";
    static final String JOB_VIEW = "backoffice/showJob";
    static final int HISTORY = 20;

    private final CampaignJobs jobs;
    private final CurrentCampaign current;
    private final Journal journal;
    private final Texts texts;

    EvaluationJobController(CampaignJobs jobs, CurrentCampaign current, Journal journal, Texts texts) {
        this.jobs = jobs;
        this.current = current;
        this.journal = journal;
        this.texts = texts;
    }

    @GetMapping("/back-office/evaluations")
    String launchForm(Model model) {
        model.addAttribute("campaigns", current.all());
        model.addAttribute("currentCampaign", current.find().map(c -> c.id()).orElse(null));
        model.addAttribute("history", jobs.history(HISTORY).stream().map(JobView::new).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FieldErrors());
        }
        return LAUNCH_VIEW;
    }

    @PostMapping("/back-office/evaluations")
    String launch(@Valid @ModelAttribute LaunchForm form, BindingResult binding, Actor officer, Locale locale,
                  RedirectAttributes redirect) {
        String campaign = form.campaign();
        if (!binding.hasErrors() && current.named(campaign).isEmpty()) {
            binding.rejectValue("campaign", "backoffice.job.campaign.required");
        }
        FieldErrors errors = texts.errors(binding, locale);
        if (errors.isEmpty()) {
            try {
                long jobId = jobs.launch(campaign, null);
                journal.record(officer, JournalAction.EVALUATION_LAUNCH, "campagne " + campaign, null, "traitement " + jobId);
                return "redirect:/back-office/evaluations/" + jobId;
            } catch (JobRefused refused) {
                errors.add("campaign", texts.refusal(refused.code(), refused.getMessage(), locale, campaign, null));
            } catch (IllegalStateException failed) {
                log.error("Launching the evaluation of campaign {} failed", campaign, failed);
                redirect.addFlashAttribute("alert", texts.message("backoffice.job.launch.failed", locale, campaign));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/back-office/evaluations";
    }

    @GetMapping("/back-office/evaluations/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        model.addAttribute("job", jobs.progress(jobId).map(JobView::new)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("steps", JobView.STEPS);
        model.addAttribute("statuses", JobView.STATUSES);
        return JOB_VIEW;
    }
}
