package fr.spro.label.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.evaluation.RuleSetException;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.Parameters;
import fr.spro.label.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' rule-set pages: the rule set in force and its files (read-only), the upload of a
 * new one with every problem shown (administrators only), the drafts with the parameters they
 * change, the what-if on a past campaign, activation and discarding. Who may come here, and who may
 * upload, is decided by the security configuration ({@code /back-office/**}, and the upload for
 * administrators); the overview shows the upload form to those only.
 */
@Controller
@RequestMapping(RuleSetPages.ROOT)
class RuleSetPages {

    static final String ROOT = "/back-office/regles";
    static final String OVERVIEW_VIEW = "rulesets/showRuleSets";
    static final String FILE_VIEW = "rulesets/showRuleFile";
    static final String DRAFT_VIEW = "rulesets/showDraft";
    static final String WHAT_IF_VIEW = "rulesets/showWhatIf";
    static final String NOT_FOUND_VIEW = "rulesets/showNotFound";
    static final String UPLOAD = ROOT + "/brouillons";
    private static final int HISTORY = 10;
    /**
     * Who may upload rule files: what the security configuration lets through on {@link #UPLOAD},
     * shown here so that no one else sees a form they could not send (ParameterPagesTests checks both agree).
     */
    static final Role UPLOADER = Role.ADMIN;

    private final RuleSets ruleSets;
    private final WhatIf whatIf;
    private final RuleSetsProperties limits;

    RuleSetPages(RuleSets ruleSets, WhatIf whatIf, RuleSetsProperties limits) {
        this.ruleSets = ruleSets;
        this.whatIf = whatIf;
        this.limits = limits;
    }

    @GetMapping
    String overview(Model model, HttpServletRequest request) {
        fillOverview(model.asMap(), request);
        return OVERVIEW_VIEW;
    }

    @GetMapping("/fichiers/{fileName}")
    String activeFile(@PathVariable String fileName, Model model) {
        RuleSet active = ruleSets.active();
        model.addAttribute("file", file(active.files(), fileName));
        model.addAttribute("version", active.version());
        model.addAttribute("draft", null);
        return FILE_VIEW;
    }

    @PostMapping(path = "/brouillons", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView upload(@RequestParam(name = "fichiers", required = false) List<MultipartFile> files,
                        Actor officer, HttpServletRequest request, RedirectAttributes flash) {
        try {
            RuleSetDraft draft = ruleSets.upload(parts(files), officer);
            flash.addFlashAttribute("uploaded", draft.version());
            return new ModelAndView("redirect:" + ROOT + "/brouillons/" + draft.id());
        } catch (RuleSetException refused) {
            ModelAndView page = new ModelAndView(OVERVIEW_VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
            fillOverview(page.getModelMap(), request);
            page.addObject("problems", refused.problems());
            return page;
        }
    }

    @GetMapping("/brouillons/{draftId}")
    String draft(@PathVariable String draftId, Model model, Locale locale) {
        RuleSetDraft draft = ruleSets.draft(draftId);
        fillDraft(draft, model.asMap(), locale);
        return DRAFT_VIEW;
    }

    @GetMapping("/brouillons/{draftId}/fichiers/{fileName}")
    String draftFile(@PathVariable String draftId, @PathVariable String fileName, Model model) {
        RuleSetDraft draft = ruleSets.draft(draftId);
        model.addAttribute("file", file(draft.filesByName(), fileName));
        model.addAttribute("version", draft.version());
        model.addAttribute("draft", draft);
        return FILE_VIEW;
    }

    /** A GET: the what-if changes nothing, and its address can be shared with a colleague. */
    @GetMapping("/brouillons/{draftId}/simulation")
    ModelAndView simulate(@PathVariable String draftId, @RequestParam(name = "campagne", required = false) String campaign,
                          Locale locale) {
        RuleSetDraft draft = ruleSets.draft(draftId);
        if (campaign == null || campaign.isBlank()) {
            ModelAndView page = new ModelAndView(DRAFT_VIEW, HttpStatus.BAD_REQUEST);
            fillDraft(draft, page.getModelMap(), locale);
            page.addObject("campaignMissing", true);
            return page;
        }
        ModelAndView page = new ModelAndView(WHAT_IF_VIEW);
        page.addObject("draft", draft);
        page.addObject("campaigns", whatIf.pastCampaigns());
        try {
            page.addObject("report", whatIf.simulate(ruleSets.compiled(draft), ruleSets.active().version(), campaign));
        } catch (RuleSetException refused) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("problems", refused.problems());
        }
        page.addObject("campaign", campaign);
        return page;
    }

    @PostMapping("/brouillons/{draftId}/activation")
    String activate(@PathVariable String draftId, Actor officer, RedirectAttributes flash) {
        RuleSetActivation activation = ruleSets.activate(draftId, officer);
        flash.addFlashAttribute("activated", activation.version());
        return "redirect:" + ROOT;
    }

    @PostMapping("/brouillons/{draftId}/suppression")
    String discard(@PathVariable String draftId, Actor officer, RedirectAttributes flash) {
        RuleSetDraft draft = ruleSets.draft(draftId);
        ruleSets.discard(draftId, officer);
        flash.addFlashAttribute("discarded", draft.version());
        return "redirect:" + ROOT;
    }

    @ExceptionHandler({DraftNotFound.class, UnknownCampaign.class, RuleFileNotFound.class})
    ModelAndView notFound(RuntimeException missing) {
        ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
        page.addObject("reason", missing instanceof UnknownCampaign ? "campaign" : missing instanceof RuleFileNotFound ? "file" : "draft");
        return page;
    }

    /** A draft that no longer compiles cannot be activated: its draft page says why. */
    @ExceptionHandler(RuleSetException.class)
    ModelAndView refused(RuleSetException refused, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(OVERVIEW_VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        fillOverview(page.getModelMap(), request);
        page.addObject("problems", refused.problems());
        return page;
    }

    private void fillOverview(Map<String, Object> model, HttpServletRequest request) {
        RuleSet active = ruleSets.active();
        model.put("active", active);
        model.put("activeFiles", ruleFiles(active.files()));
        model.put("activation", ruleSets.activeActivation().orElse(null));
        model.put("drafts", ruleSets.drafts());
        model.put("history", ruleSets.history(HISTORY));
        model.put("maxFileKb", limits.maxFileSize().toKilobytes());
        model.put("maxUploadKb", limits.maxUploadSize().toKilobytes());
        model.put("mayUpload", request.isUserInRole(UPLOADER.name()));
    }

    private void fillDraft(RuleSetDraft draft, Map<String, Object> model, Locale locale) {
        RuleSet active = ruleSets.active();
        List<DraftFile> files = DraftFile.compare(draft.filesByName(), active.files());
        model.put("draft", draft);
        model.put("active", active);
        model.put("files", files);
        model.put("onlyParametersDiffer", files.stream().allMatch(f -> f.status() == DraftFile.Status.SAME
                || f.name().equals(Parameters.FILE)));
        model.put("campaigns", whatIf.pastCampaigns());
        model.put("parameterChanges", List.of());
        try {
            RuleSet compiled = ruleSets.compiled(draft);
            model.put("parameterChanges", ParameterChange.between(active.catalogue().parameters(),
                    compiled.catalogue().parameters(), locale));
        } catch (RuleSetException refused) {
            model.put("problems", refused.problems());
        }
    }

    private static List<RuleFile> ruleFiles(Map<String, String> files) {
        return files.entrySet().stream().map(f -> new RuleFile(f.getKey(), f.getValue())).toList();
    }

    private static RuleFile file(Map<String, String> files, String name) {
        String content = files.get(name);
        if (content == null) {
            throw new RuleFileNotFound(name);
        }
        return new RuleFile(name, content);
    }

    private static List<RuleUpload.Part> parts(List<MultipartFile> files) {
        List<RuleUpload.Part> parts = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                try {
                    parts.add(new RuleUpload.Part(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("envoi illisible", unreadable);
                }
            }
        }
        return parts;
    }
}
