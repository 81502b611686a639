package fr.spro.label.structurespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentRefused;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.Question;
import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.MemberStructure;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-assessment of the current campaign: the form while it is a draft (save at any time,
 * then submit after a confirmation step), the answers read-only once submitted.
 */
@Controller
class SelfAssessmentController {

    static final String PATH = "/mon-espace/auto-evaluation";
    static final String CONFIRM_PATH = PATH + "/soumettre";
    static final String EDIT_VIEW = "structurespace/editSelfAssessment";
    static final String SHOW_VIEW = "structurespace/showSelfAssessment";
    static final String CONFIRM_VIEW = "structurespace/confirmSubmission";
    static final String NO_CAMPAIGN_VIEW = "structurespace/noCampaign";

    private final SignedInStructure signedIn;
    private final Campaigns campaigns;
    private final SelfAssessmentWorkflow workflow;
    private final AnswerSheet sheet;
    private final AssessmentPages pages;

    SelfAssessmentController(SignedInStructure signedIn, Campaigns campaigns, SelfAssessmentWorkflow workflow,
                             AnswerSheet sheet, AssessmentPages pages) {
        this.signedIn = signedIn;
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.sheet = sheet;
        this.pages = pages;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model) {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return noCampaign(structure, model);
        }
        SelfAssessment assessment = workflow.find(structure.id(), campaign.get().id()).orElse(null);
        AssessmentPage page = pages.page(structure, campaign.get(), assessment, null, List.of(), locale);
        model.addAttribute("page", page);
        return page.locked() ? SHOW_VIEW : EDIT_VIEW;
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal AccountPrincipal account, @ModelAttribute("form") AssessmentForm form, Locale locale,
                Model model, Actor actor, HttpServletResponse response, RedirectAttributes redirect) {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return "redirect:" + PATH;
        }
        SelfAssessment stored = workflow.find(structure.id(), campaign.get().id()).orElse(null);
        if (stored != null && stored.isSubmitted()) {
            return refused(redirect, SelfAssessmentRefused.Code.LOCKED);
        }
        AnswerSheet.Applied applied = sheet.apply(stored == null ? java.util.Map.of() : stored.answers(), form);
        SelfAssessment saved;
        try {
            saved = workflow.saveDraft(structure.id(), campaign.get().id(), applied.answers(), actor);
        } catch (SelfAssessmentRefused refused) {
            return refused(redirect, refused.code());
        }
        List<FieldProblem> problems = new ArrayList<>(applied.problems());
        if (form.wantsReview()) {
            saved.unanswered().forEach(q -> problems.add(FieldProblem.of(AnswerSheet.answerField(q.code()), "ANSWER_REQUIRED")));
        }
        if (problems.isEmpty()) {
            if (form.wantsReview()) {
                return "redirect:" + CONFIRM_PATH;
            }
            redirect.addFlashAttribute("notice", "structurespace.assessment.saved");
            return "redirect:" + PATH;
        }
        // Valid parts are saved; the form comes back with what was typed and a message next to each field at fault.
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", pages.page(structure, campaign.get(), saved, form, problems, locale));
        model.addAttribute("notice", form.wantsReview() ? "structurespace.assessment.cannotSubmit" : "structurespace.assessment.savedExcept");
        return EDIT_VIEW;
    }

    @GetMapping(CONFIRM_PATH)
    String confirm(@AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model) {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return "redirect:" + PATH;
        }
        SelfAssessment assessment = workflow.find(structure.id(), campaign.get().id()).orElse(null);
        if (assessment == null || assessment.isSubmitted()) {
            return "redirect:" + PATH;
        }
        model.addAttribute("page", pages.page(structure, campaign.get(), assessment, null, List.of(), locale));
        model.addAttribute("unanswered", assessment.unanswered().stream().map(Question::code).toList());
        return CONFIRM_VIEW;
    }

    @PostMapping(CONFIRM_PATH)
    String submit(@AuthenticationPrincipal AccountPrincipal account, Actor actor, RedirectAttributes redirect) {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return "redirect:" + PATH;
        }
        try {
            workflow.submit(structure.id(), campaign.get().id(), actor);
        } catch (SelfAssessmentRefused refused) {
            return refused(redirect, refused.code());
        }
        redirect.addFlashAttribute("notice", "structurespace.assessment.submitted");
        return "redirect:" + PATH;
    }

    private static String refused(RedirectAttributes redirect, SelfAssessmentRefused.Code code) {
        redirect.addFlashAttribute("refusal", "structurespace.refusal." + code.name());
        return "redirect:" + PATH;
    }

    static String noCampaign(MemberStructure structure, Model model) {
        model.addAttribute("structure", structure);
        return NO_CAMPAIGN_VIEW;
    }
}
