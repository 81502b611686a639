package fr.spro.label.reporting;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import org.springframework.stereotype.Service;

/**
 * The CREFOP regional report of a campaign, as PDF and as CSV, computed from the database each time
 * (structures, evaluations, decisions, activity reports, the campaign and the one of the year before).
 */
@Service
public class CrefopReport {

    private final CrefopData data;
    private final CrefopPdf pdf;
    private final DocumentStore documents;
    private final Clock clock;

    CrefopReport(CrefopData data, CrefopPdf pdf, DocumentStore documents, Clock clock) {
        this.data = data;
        this.pdf = pdf;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Renders the campaign's report and keeps it in the document store beside the audit files (the
     * campaign job's report step), replacing the previous version.
     */
    public StoredDocument store(String campaign) {
        Instant now = Instant.now(clock);
        String documentId = DocumentIds.next("CREFOP", campaign, null);
        Comparison figures = figures(campaign);
        byte[] content = pdf.render(figures, documentId, now);
        return documents.replace(new DocumentStore.Description("crefop/" + campaign, "CREFOP", null, campaign,
                fileName(campaign, "pdf"), Digests.sha256(String.valueOf(figures)), documentId, now), content);
    }

    /** The report the campaign job stored last, if any. */
    public Optional<StoredDocument> stored(String campaign) {
        return documents.current("crefop/" + campaign);
    }

    /** @throws ReportUnavailable when the campaign does not exist */
    public byte[] pdf(String campaign) {
        return pdf.render(figures(campaign), DocumentIds.next("CREFOP", campaign, null), Instant.now(clock));
    }

    /** The same figures as CSV (one row for the Region, then one per territory and per network). */
    public byte[] csv(String campaign) {
        StringWriter out = new StringWriter();
        CrefopCsv.write(figures(campaign), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The file names a download or {@code evaluate --out} gets. */
    public static String fileName(String campaign, String extension) {
        return "crefop-" + campaign + "." + extension;
    }

    /**
     * The figures of the report: the campaign's beside the previous campaign's, with the rule-set
     * versions and the territory indicator's thresholds.
     *
     * @throws ReportUnavailable when the campaign does not exist
     */
    public Comparison figures(String campaign) {
        Campaign current = data.campaign(campaign);
        TerritoryIndicatorRule rule = data.indicatorRule();
        CrefopFigures.Tallies counted = data.count(current, rule);
        Optional<CrefopFigures> previous = data.previous(current).map(p -> data.count(p, rule).figures());
        return new Comparison(counted.figures(), previous.orElse(null), counted.ruleSetVersions(), rule);
    }

    /**
     * The figures of every campaign up to this one (oldest first), for year-over-year charts.
     *
     * @throws ReportUnavailable when the campaign does not exist
     */
    public List<CrefopFigures> yearOverYear(String campaign) {
        Campaign last = data.campaign(campaign);
        TerritoryIndicatorRule rule = data.indicatorRule();
        return data.campaignsUpTo(last).stream().map(c -> data.count(c, rule).figures()).toList();
    }

    /** A campaign's figures beside the previous campaign's, when there was one ({@code previous} may be null). */
    public record Comparison(CrefopFigures current, CrefopFigures previous, String ruleSetVersions, TerritoryIndicatorRule rule) {
    }
}
