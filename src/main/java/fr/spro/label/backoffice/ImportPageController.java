package fr.spro.label.backoffice;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import fr.spro.label.intake.EvidenceSource;
import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports from the back office: one file and its kind, through the importer every other way in
 * uses ({@link IntakeService}), journaled as the API journals it. The report is kept and shown on
 * its own page, with the rejections as a table and as a CSV download.
 */
@Controller
class ImportPageController {

    static final String FORM_VIEW = "backoffice/importFile";
    static final String REPORT_VIEW = "backoffice/showImport";
    /** Rejections shown on the page; the CSV holds them all. */
    static final int SHOWN = 500;

    private final IntakeService intake;
    private final ImportRecords records;
    private final Journal journal;
    private final Texts texts;

    ImportPageController(IntakeService intake, ImportRecords records, Journal journal, Texts texts) {
        this.intake = intake;
        this.records = records;
        this.journal = journal;
        this.texts = texts;
    }

    @GetMapping("/back-office/imports")
    String form(@RequestParam(name = UploadTooLarge.FLAG, required = false) String tooLarge, Locale locale, Model model) {
        if (tooLarge != null) {
            model.addAttribute("alert", texts.message("backoffice.import.file.tooLarge", locale));
        }
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("latest", records.latest(20));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FieldErrors());
        }
        return FORM_VIEW;
    }

    @InitBinder("importForm")
    void importRules(WebDataBinder binder) {
        binder.addValidators(new ImportForm.Rules());
    }

    @PostMapping("/back-office/imports")
    String upload(@Valid @ModelAttribute ImportForm form, BindingResult binding, @RequestParam(required = false) MultipartFile file,
                  Actor officer, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        FieldErrors errors = texts.errors(binding, locale);
        if (file == null || file.isEmpty()) {
            errors.add("file", texts.message("backoffice.import.file.required", locale));
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("chosenKind", form.kind());
            return "redirect:/back-office/imports";
        }
        ImportKind importKind = form.importKind().orElseThrow();
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? importKind.code() + ".csv" : file.getOriginalFilename();
        ImportReport report = intake.importFile(importKind, fileName, file.getBytes(), EvidenceSource.none());
        journal.record(officer, JournalAction.IMPORT, fileName, null,
                report.accepted() + " acceptées, " + report.rejected() + " rejetées");
        ImportRecord record = records.save(report, officer.name());
        return "redirect:/back-office/imports/" + record.id();
    }

    @GetMapping("/back-office/imports/{id}")
    String report(@PathVariable String id, Model model) {
        ImportRecord record = existing(id);
        model.addAttribute("record", record);
        model.addAttribute("rejections", records.rejections(record, SHOWN));
        model.addAttribute("shown", Math.min(SHOWN, record.rejectionCount()));
        return REPORT_VIEW;
    }

    @GetMapping("/back-office/imports/{id}/rejets.csv")
    void rejections(@PathVariable String id, HttpServletResponse response) throws IOException {
        ImportRecord record = existing(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("rejets-" + baseName(record.file()) + ".csv", StandardCharsets.UTF_8).build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        records.writeCsv(record, out);
    }

    private ImportRecord existing(String id) {
        return records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The uploaded file's name without folders or extension, safe in a download name. */
    static String baseName(String file) {
        String name = Arrays.stream(file.split("[/\\\\]")).reduce((first, last) -> last).orElse(file);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return safe.isEmpty() ? "import" : safe;
    }
}
