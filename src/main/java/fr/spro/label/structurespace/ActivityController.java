package fr.spro.label.structurespace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.activity.ActivityQueries;
import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.Rejection;
import fr.spro.label.journal.Actor;
import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.MemberStructure;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The activity report of the current campaign: a form, or a CSV/JSON file in the import format. */
@Controller
class ActivityController {

    static final String PATH = "/mon-espace/activite";
    static final String UPLOAD_PATH = PATH + "/fichier";
    static final String VIEW = "structurespace/editActivityReport";
    static final String FILE_FIELD = "activity-file";

    private final SignedInStructure signedIn;
    private final Campaigns campaigns;
    private final ActivityQueries reports;
    private final ActivityEntry entry;
    private final RejectionTexts texts;
    private final MessageSource messages;

    ActivityController(SignedInStructure signedIn, Campaigns campaigns, ActivityQueries reports, ActivityEntry entry,
                       RejectionTexts texts, MessageSource messages) {
        this.messages = messages;
        this.signedIn = signedIn;
        this.campaigns = campaigns;
        this.reports = reports;
        this.entry = entry;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return SelfAssessmentController.noCampaign(structure, model);
        }
        model.addAttribute("page", page(structure, campaign.get(), null, Map.of(), List.of(), null));
        return VIEW;
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal AccountPrincipal account, @ModelAttribute("form") ActivityForm form, Locale locale,
                Model model, Actor actor, HttpServletResponse response, RedirectAttributes redirect) {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return "redirect:" + PATH;
        }
        Optional<String> closed = entry.closed(structure.id(), campaign.get());
        if (closed.isPresent()) {
            return refused(redirect, closed.get());
        }
        ImportReport report = entry.save(structure.id(), campaign.get().id(), form.getFigures(), actor);
        if (report.rejected() == 0) {
            redirect.addFlashAttribute("notice", "structurespace.activity.saved");
            return "redirect:" + PATH;
        }
        Map<String, AssessmentPage.Message> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Rejection rejection : report.rejections()) {
            String text = texts.text(rejection, locale);
            if (ActivityFigures.COLUMNS.contains(rejection.column())) {
                String field = ActivityFigures.fieldId(rejection.column());
                errors.putIfAbsent(field, new AssessmentPage.Message(field, field + "-error", text));
            } else {
                general.add(text);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", page(structure, campaign.get(), form.getFigures(), errors, general, null));
        return VIEW;
    }

    @PostMapping(UPLOAD_PATH)
    String upload(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(name = "file", required = false) MultipartFile file,
                  Locale locale, Model model, Actor actor, HttpServletResponse response,
                  RedirectAttributes redirect) throws IOException {
        MemberStructure structure = signedIn.of(account);
        Optional<Campaign> campaign = campaigns.latestOpen();
        if (campaign.isEmpty()) {
            return "redirect:" + PATH;
        }
        Optional<String> closed = entry.closed(structure.id(), campaign.get());
        if (closed.isPresent()) {
            return refused(redirect, closed.get());
        }
        if (!Uploads.sent(file)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            AssessmentPage.Message missing = new AssessmentPage.Message(FILE_FIELD, FILE_FIELD + "-error",
                    messages.getMessage("structurespace.activity.file.missing", null, locale));
            model.addAttribute("page", page(structure, campaign.get(), null, Map.of(FILE_FIELD, missing), List.of(), null));
            return VIEW;
        }
        ImportReport report = entry.upload(structure.id(), campaign.get().id(), Uploads.fileName(file.getOriginalFilename()),
                file.getBytes(), actor);
        ActivityPage.Upload upload = new ActivityPage.Upload(report.file(), report.accepted(), report.rejected(), report.fileRejected(),
                report.rejections().stream().map(r -> new ActivityPage.Line(r.line(), r.column(), r.value(), r.code(), texts.text(r, locale)))
                        .toList());
        if (report.accepted() == 0) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("page", page(structure, campaign.get(), null, Map.of(), List.of(), upload));
        return VIEW;
    }

    private ActivityPage page(MemberStructure structure, Campaign campaign, Map<String, String> typed,
                              Map<String, AssessmentPage.Message> errors, List<String> general, ActivityPage.Upload upload) {
        ActivityReport stored = reports.find(structure.id(), campaign.id()).orElse(null);
        Map<String, String> figures = ActivityFigures.of(stored);
        if (typed != null) {
            ActivityFigures.COLUMNS.forEach(column -> figures.put(column, typed.getOrDefault(column, "")));
        }
        return new ActivityPage(structure, campaign, stored != null, entry.closed(structure.id(), campaign).orElse(null),
                ActivityFigures.GROUPS, figures, errors, general, upload);
    }

    private static String refused(RedirectAttributes redirect, String code) {
        redirect.addFlashAttribute("refusal", "structurespace.refusal." + code);
        return "redirect:" + PATH;
    }
}
