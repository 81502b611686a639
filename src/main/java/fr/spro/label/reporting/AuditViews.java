package fr.spro.label.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.ProcedurePeriods;
import fr.spro.label.referential.Theme;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.web.PublicRulesPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes an evaluation out as the content of its audit file, in one locale. */
@Component
class AuditViews {

    static final String OVERALL = "overall";

    private final Wording words;
    /** Where the mention of CRPA L311-3-1 sends the reader for the rules in force. */
    private final String rulesUrl;

    AuditViews(Wording words, @Value("${app.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.words = words;
        this.rulesUrl = PublicRulesPage.at(publicBaseUrl);
    }

    AuditView of(MemberStructure structure, Campaign campaign, Evaluation evaluation, Decision decision,
                 Catalogue catalogue, Locale locale) {
        return new AuditView(
                identity(structure, locale),
                campaign.id(),
                words.date(campaign.referenceDate(), locale),
                evaluation.ruleSetVersion(),
                words.dateTime(evaluation.evaluatedAt(), locale),
                evaluation.compliance() == null ? none() : new AuditView.Term(evaluation.compliance().name(),
                        words.compliance(evaluation.compliance(), locale)),
                evaluation.proposal() == null ? none() : new AuditView.Term(evaluation.proposal().name(),
                        words.decision(evaluation.proposal(), locale)),
                decision == null ? null : decisionTaken(decision, locale),
                scores(evaluation.scores(), locale),
                words.score(evaluation.scores().get(OVERALL), locale),
                themes(evaluation, catalogue, locale),
                actionPlan(evaluation.actionPlan(), decision, catalogue, locale),
                words.algorithmMention(rulesUrl, locale));
    }

    /** "7 rue de la République, 21000 Dijon"; a dash when the directory has no address. */
    static String address(MemberStructure structure) {
        String address = Stream.of(structure.address(), join(structure.postalCode(), structure.city()))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return address.isEmpty() ? "—" : address;
    }

    private AuditView.Identity identity(MemberStructure structure, Locale locale) {
        return new AuditView.Identity(structure.id(), structure.name(),
                structure.network() == null ? "—" : words.network(structure.network(), locale),
                structure.membership() == null ? "—" : words.membership(structure.membership(), locale),
                structure.territory() == null ? "—" : structure.territory().label(),
                address(structure));
    }

    private AuditView.DecisionTaken decisionTaken(Decision decision, Locale locale) {
        return new AuditView.DecisionTaken(
                new AuditView.Term(decision.decision().name(), words.decision(decision.decision(), locale)),
                words.date(decision.decidedOn(), locale),
                decision.decision().grantsLabel() ? words.date(decision.validUntil(), locale) : null,
                decision.decidedBy(),
                decision.justification() == null || decision.justification().isBlank() ? null : decision.justification(),
                decision.overridesProposal());
    }

    private List<AuditView.ThemeScore> scores(Map<String, Double> scores, Locale locale) {
        List<AuditView.ThemeScore> lines = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Double value = scores.get(theme.name());
            lines.add(new AuditView.ThemeScore(theme.name(), words.theme(theme, locale), value, words.score(value, locale)));
        }
        return lines;
    }

    private List<AuditView.ThemeSection> themes(Evaluation evaluation, Catalogue catalogue, Locale locale) {
        Map<Theme, List<Finding>> byTheme = new EnumMap<>(Theme.class);
        for (Finding finding : evaluation.findings()) {
            byTheme.computeIfAbsent(themeOf(finding), t -> new ArrayList<>()).add(finding);
        }
        List<AuditView.ThemeSection> sections = new ArrayList<>();
        byTheme.forEach((theme, findings) -> sections.add(new AuditView.ThemeSection(theme.name(), words.theme(theme, locale),
                words.score(evaluation.scores().get(theme.name()), locale),
                findings.stream().sorted(Comparator.comparing(Finding::criterion))
                        .map(finding -> line(finding, catalogue, locale)).toList())));
        return sections;
    }

    private AuditView.FindingLine line(Finding finding, Catalogue catalogue, Locale locale) {
        String title = catalogue.criterion(finding.criterion()).map((Criterion c) -> c.title(locale)).orElse("");
        return new AuditView.FindingLine(finding.criterion(), title,
                new AuditView.Term(finding.outcome().name(), words.outcome(finding.outcome(), locale)),
                finding.explanation() == null ? "" : finding.explanation(), finding.evidence());
    }

    private List<AuditView.ActionLine> actionPlan(List<ActionItem> items, Decision decision, Catalogue catalogue, Locale locale) {
        // Items are due a period after the decision: a date once it is taken, the rule before.
        String due = decision == null || decision.decidedOn() == null
                ? words.text("audit.action.due-after-decision", locale,
                        Parameters.text(catalogue.parameters().parameter(ProcedurePeriods.CONDITIONS).orElseThrow(), locale))
                : words.date(decision.decidedOn().plus(catalogue.periods().conditions()), locale);
        return items.stream().map(item -> new AuditView.ActionLine(item.description(), item.criterion(),
                item.dueOn() == null ? due : words.date(item.dueOn(), locale))).toList();
    }

    private static Theme themeOf(Finding finding) {
        if (finding.theme() != null && !finding.theme().isBlank()) {
            return Theme.valueOf(finding.theme());
        }
        return Theme.ofCriterion(finding.criterion());
    }

    private static AuditView.Term none() {
        return new AuditView.Term("", "—");
    }

    private static String join(String postalCode, String city) {
        return Stream.of(postalCode, city).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }
}
