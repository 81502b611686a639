package fr.spro.label.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/** Renders the content of an audit file with {@code reports/audit.jrxml}. */
@Component
class AuditPdf {

    private final ReportEngine engine;
    private final Wording words;

    AuditPdf(ReportEngine engine, Wording words) {
        this.engine = engine;
        this.words = words;
    }

    /** One row of the findings table; the theme fields drive the grouping by theme. */
    record Row(String theme, String themeTitle, String themeScore, String criterion, String title,
               String outcome, String outcomeLabel, String explanation, String evidence) {
    }

    record ChartBar(String theme, Double value) {
    }

    byte[] render(AuditView view, String documentId, String generatedAt, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        AuditView.Identity structure = view.structure();
        parameters.put("StructureId", structure.id());
        parameters.put("StructureName", structure.name());
        parameters.put("Network", structure.network());
        parameters.put("Membership", structure.membership());
        parameters.put("Territory", structure.territory());
        parameters.put("Address", structure.address());
        parameters.put("Campaign", view.campaign());
        parameters.put("ReferenceDate", view.referenceDate());
        parameters.put("RuleSetVersion", view.ruleSetVersion());
        parameters.put("EvaluatedAt", view.evaluatedAt());
        parameters.put("DocumentId", documentId);
        parameters.put("GeneratedAt", generatedAt);
        parameters.put("Compliance", view.compliance().label());
        parameters.put("Proposal", view.proposal().label());
        AuditView.DecisionTaken decision = view.decision();
        if (decision != null) {
            parameters.put("Decision", decision.decision().label());
            parameters.put("DecidedOn", decision.decidedOn());
            parameters.put("DecidedBy", Objects.requireNonNullElse(decision.decidedBy(), "—"));
            parameters.put("ValidUntil", decision.validUntil());
            parameters.put("Justification", decision.justification());
        }
        parameters.put("OverallScore", view.overallScore());
        parameters.put("Scores", RecordDataSource.of(view.scores().stream()
                .filter(score -> score.value() != null)
                .map(score -> new ChartBar(score.theme(), score.value())).toList()));
        parameters.put("ScoreTable", RecordDataSource.of(view.scores()));
        parameters.put("ActionPlan", RecordDataSource.of(view.actionPlan()));
        parameters.put("HasActionPlan", !view.actionPlan().isEmpty());
        parameters.put("AlgorithmMentionTitle", view.algorithmMention().title());
        parameters.put("AlgorithmMentionText", view.algorithmMention().text());
        parameters.put("RulesUrl", view.algorithmMention().rulesUrl());
        String title = words.text("audit.pdf-title", locale, structure.name(), view.campaign());
        return engine.pdf(Template.AUDIT, locale, parameters, RecordDataSource.of(rows(view)), title);
    }

    private static List<Row> rows(AuditView view) {
        return view.themes().stream().flatMap(section -> section.findings().stream().map(finding -> new Row(
                section.theme(), section.title(), section.score(), finding.criterion(), finding.title(),
                finding.outcome().code(), finding.outcome().label(), finding.explanation(),
                finding.evidence().isEmpty() ? null : String.join("\n", finding.evidence())))).toList();
    }
}
