package fr.spro.label.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Renders an explanation with {@code reports/explanation.jrxml}. Its rows are every line of every
 * section in reading order, so that JasperReports keeps each row on one page and prints the
 * column headers again at the top of the next.
 */
@Component
class ExplanationPdf {

    private final ReportEngine engine;
    private final Wording words;

    ExplanationPdf(ReportEngine engine, Wording words) {
        this.engine = engine;
        this.words = words;
    }

    /** One line of a section: up to five columns, and the outcome code of a finding (it tints the cell). */
    record Row(String section, String c1, String c2, String c3, String c4, String c5, String outcome) {

        static Row of(String section, String... columns) {
            String[] c = Arrays.copyOf(columns, 5);
            return new Row(section, c[0], c[1], c[2], c[3], c[4], null);
        }
    }

    byte[] render(ExplanationSheet sheet, String documentId, String generatedAt, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("StructureId", sheet.structureId());
        parameters.put("StructureName", sheet.structureName());
        parameters.put("Campaign", sheet.campaign());
        parameters.put("Subtitle", sheet.subtitle());
        parameters.put("DocumentId", documentId);
        parameters.put("GeneratedAt", generatedAt);
        String title = words.text("explanation.pdf-title", locale, sheet.structureName(), sheet.campaign());
        return engine.pdf(Template.EXPLANATION, locale, parameters, RecordDataSource.of(rows(sheet, locale)), title);
    }

    private List<Row> rows(ExplanationSheet sheet, Locale locale) {
        List<Row> rows = new ArrayList<>();
        sheet.contribution().forEach(line -> rows.add(Row.of("CONTRIBUTION", line.label(), line.value())));
        sheet.data().forEach(d -> rows.add(Row.of("DATA", d.label(), d.value(), d.source(), d.criteria())));
        if (sheet.evidence().isEmpty()) {
            rows.add(Row.of("EVIDENCE_NONE", words.text("explanation.evidence.none", locale)));
        }
        sheet.evidence().forEach(e -> rows.add(Row.of("EVIDENCE", e.answer(), e.file(), e.sha256())));
        if (sheet.thresholds().isEmpty()) {
            rows.add(Row.of("THRESHOLDS_NONE", words.text("explanation.thresholds.none", locale)));
        }
        sheet.thresholds().forEach(t -> rows.add(Row.of("THRESHOLDS", t.criterion(), t.parameter(), t.threshold(), t.structureValue())));
        sheet.operations().forEach(o -> rows.add(new Row("OPERATIONS", o.criterion(), o.title(), o.outcomeLabel(), o.explanation(),
                o.rule(), o.outcome())));
        sheet.decisionRule().forEach(line -> rows.add(Row.of("DECISION_RULE", line.label(), line.value())));
        sheet.frozen().forEach(line -> rows.add(Row.of("FROZEN", line.label(), line.value())));
        return rows;
    }
}
