package fr.spro.label.crefopspace;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.reporting.ReportUnavailable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The CREFOP's regional dashboard, read-only: one campaign's indicators (the latest campaign unless
 * another is chosen) and the report as PDF and CSV — the bytes the API serves, on browser routes,
 * since the API takes HTTP Basic only. Who may come here is decided by the security configuration
 * ({@code /crefop/**}: CREFOP, OFFICER, ADMIN).
 */
@Controller
class CrefopDashboardController {

    static final String VIEW = "crefopspace/showDashboard";
    static final String NO_CAMPAIGN_VIEW = "crefopspace/showNoCampaign";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CrefopReport report;
    private final Campaigns campaigns;
    private final MessageSource messages;

    CrefopDashboardController(CrefopReport report, Campaigns campaigns, MessageSource messages) {
        this.report = report;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/crefop")
    ModelAndView dashboard(@RequestParam(name = "campagne", required = false) String campaign, Locale locale) {
        List<Campaign> all = campaigns.all().stream().sorted(Comparator.comparingInt(Campaign::year).reversed()).toList();
        if (all.isEmpty()) {
            return new ModelAndView(NO_CAMPAIGN_VIEW);
        }
        String chosen = campaign == null || campaign.isBlank() ? all.get(0).id() : campaign.strip();
        if (all.stream().noneMatch(c -> c.id().equals(chosen))) {
            ModelAndView unknown = new ModelAndView(NO_CAMPAIGN_VIEW, HttpStatus.NOT_FOUND);
            unknown.addObject("unknown", chosen);
            unknown.addObject("campaigns", all);
            return unknown;
        }
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("campaigns", all);
        page.addObject("dashboard", Dashboard.of(report.figures(chosen), report.yearOverYear(chosen), locale,
                messages.getMessage("crefop.points", null, locale)));
        page.addObject("decisionKinds", Dashboard.decisionKinds());
        return page;
    }

    @GetMapping("/crefop/campagnes/{campaign}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String campaign) {
        byte[] pdf = available(() -> report.pdf(campaign));
        return ResponseEntity.ok().headers(attachment(CrefopReport.fileName(campaign, "pdf")))
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/crefop/campagnes/{campaign}/rapport.csv")
    ResponseEntity<byte[]> csv(@PathVariable String campaign) {
        byte[] csv = available(() -> report.csv(campaign));
        return ResponseEntity.ok().headers(attachment(CrefopReport.fileName(campaign, "csv"))).contentType(CSV).body(csv);
    }

    private static HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return headers;
    }

    /** The document, or the 404 page when the campaign does not exist. */
    private static byte[] available(Supplier<byte[]> document) {
        try {
            return document.get();
        } catch (ReportUnavailable unavailable) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, unavailable.getMessage(), unavailable);
        }
    }
}
