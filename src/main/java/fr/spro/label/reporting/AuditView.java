package fr.spro.label.reporting;

import java.util.List;

/**
 * The content of one audit file, in the words of one locale: what the PDF prints and what its HTML
 * twin shows. Everything here is already written out (outcomes, decisions and dates in words, scores
 * formatted), so both renderings cannot drift apart. It holds nothing that changes from one rendering
 * to the next (document id, generation time): two equal views give the same document.
 *
 * @param decision          the officer's decision, or {@code null} while only the proposal exists
 * @param algorithmMention  the mention of CRPA L311-3-1 every audit file carries
 */
public record AuditView(
        Identity structure,
        String campaign,
        String referenceDate,
        String ruleSetVersion,
        String evaluatedAt,
        Term compliance,
        Term proposal,
        DecisionTaken decision,
        List<ThemeScore> scores,
        String overallScore,
        List<ThemeSection> themes,
        List<ActionLine> actionPlan,
        AlgorithmMention algorithmMention) {

    public AuditView {
        scores = List.copyOf(scores);
        themes = List.copyOf(themes);
        actionPlan = List.copyOf(actionPlan);
    }

    /** Who is audited, as the member directory knows the structure. */
    public record Identity(String id, String name, String network, String membership, String territory, String address) {
    }

    /** A code of the referential and its wording, e.g. {@code NC_MINEURE} / « Non-conformité mineure ». */
    public record Term(String code, String label) {
    }

    public record DecisionTaken(Term decision, String decidedOn, String validUntil, String decidedBy, String justification,
                                boolean overridesProposal) {
    }

    /** A theme's score; {@code value} is {@code null} when no criterion of the theme applies. */
    public record ThemeScore(String theme, String title, Double value, String display) {
    }

    public record ThemeSection(String theme, String title, String score, List<FindingLine> findings) {

        public ThemeSection {
            findings = List.copyOf(findings);
        }
    }

    public record FindingLine(String criterion, String title, Term outcome, String explanation, List<String> evidence) {

        public FindingLine {
            evidence = List.copyOf(evidence);
        }
    }

    public record ActionLine(String description, String criterion, String dueOn) {
    }
}
