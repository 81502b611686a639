package fr.spro.label.reporting;

import java.util.List;

/**
 * What the explanation of one decision says (CRPA R311-3-1-2), already written out in one
 * language: the PDF ({@code reports/explanation.jrxml}) and the web page show these same words.
 * Composed by the module that keeps the explanation requests; this module only lays it out.
 *
 * @param contribution the degree and mode of contribution of the rules to the decision
 * @param data         the data processed, each with its source
 * @param evidence     the evidence files the rules saw, each with its SHA-256
 * @param thresholds   the parameters applied to the structure and its values compared with them
 * @param operations   the operations: each finding, then (in {@code decisionRule}) how they led to the proposal
 * @param frozen       what the explanation was frozen with: rule set version and fingerprint, digests
 */
public record ExplanationSheet(String structureId, String structureName, String campaign, String subtitle,
                               List<Line> contribution, List<DataLine> data, List<EvidenceLine> evidence,
                               List<ThresholdLine> thresholds, List<OperationLine> operations, List<Line> decisionRule,
                               List<Line> frozen) {

    public ExplanationSheet {
        contribution = List.copyOf(contribution);
        data = List.copyOf(data);
        evidence = List.copyOf(evidence);
        thresholds = List.copyOf(thresholds);
        operations = List.copyOf(operations);
        decisionRule = List.copyOf(decisionRule);
        frozen = List.copyOf(frozen);
    }

    /** A label and what it says. */
    public record Line(String label, String value) {
    }

    /** One datum the rules processed, its value in words, where it comes from and which criteria used it. */
    public record DataLine(String label, String value, String source, String criteria) {
    }

    /** One evidence file (or link) attached to an answer the rules used. */
    public record EvidenceLine(String answer, String file, String sha256) {
    }

    /** One parameter applied to the structure: its name in words, its value with its bound, the structure's values. */
    public record ThresholdLine(String criterion, String parameter, String threshold, String structureValue) {
    }

    /**
     * One finding: criterion, title, outcome (its code drives the tint, its label says it), the
     * rule's sentence, and the rule that concluded.
     */
    public record OperationLine(String criterion, String title, String outcome, String outcomeLabel, String explanation,
                                String rule) {
    }
}
