package fr.spro.label.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Parameter;

/**
 * What the explanation of a decision says, frozen when it was prepared: the values as the rules
 * read them, and what the rule set in force then called them (criterion titles, parameter names
 * and values) in French and English. Pages and the PDF put it into words; nothing of it is read
 * again from the evaluation, the answers or the rule set, which may change afterwards.
 */
record FrozenExplanation(
        Instant preparedAt,
        Contribution contribution,
        List<Datum> data,
        List<Evidence> evidence,
        List<Threshold> thresholds,
        List<Operation> operations,
        DecisionRule decisionRule,
        Seal seal) {

    FrozenExplanation {
        data = List.copyOf(data);
        evidence = List.copyOf(evidence);
        thresholds = List.copyOf(thresholds);
        operations = List.copyOf(operations);
    }

    /**
     * Item a of R311-3-1-2: the rules proposed, an officer decided.
     *
     * @param reevaluatedAfterDecision the evaluation explained was made after the decision (a re-run
     *                                 of the campaign), so it may differ from the one decided on
     */
    record Contribution(LabelDecision proposal, Compliance compliance, Instant evaluatedAt, LabelDecision decision,
                        String decidedBy, LocalDate decidedOn, String justification, boolean reevaluatedAfterDecision) {

        boolean confirmsProposal() {
            return proposal == decision;
        }
    }

    /** A value as the rules read it: its kind, and its text ({@link Kind#LIST}: one part per item). */
    record Value(Kind kind, List<String> parts) {

        Value {
            parts = List.copyOf(parts);
        }

        /** What a value can be; its words depend on it. */
        enum Kind {
            /** Not given: the rules applied their rule for missing data. */
            NONE, BOOLEAN, NUMBER, DATE, TEXT, LIST
        }
    }

    /** Item b: one datum the rules processed, where it comes from, and the criteria that used it. */
    record Datum(String name, DataOrigin origin, Value value, List<String> criteria) {

        Datum {
            criteria = List.copyOf(criteria);
        }
    }

    /** Item b: one evidence file (SHA-256 and size) or link attached to an answer the rules used. */
    record Evidence(String question, String fileName, String url, String sha256, long size, List<String> criteria) {

        Evidence {
            criteria = List.copyOf(criteria);
        }

        boolean isLink() {
            return url != null;
        }
    }

    /** Item c: one parameter applied to the structure, and the structure's values compared with it. */
    record Threshold(String criterion, String parameter, String labelFr, String labelEn, Parameter.Bound bound,
                     String valueFr, String valueEn, List<Compared> compared) {

        Threshold {
            compared = List.copyOf(compared);
        }
    }

    /** A value of the structure that a threshold was compared with. */
    record Compared(String name, Value value) {
    }

    /**
     * Item d: one finding as the rules concluded it.
     *
     * @param rule the name of the rule that concluded, when the evaluation recorded it (it does not: {@code null})
     */
    record Operation(String criterion, String titleFr, String titleEn, Outcome outcome, String explanation, String rule) {
    }

    /**
     * Item d, last: how the findings led to the proposal.
     *
     * @param limitFr the most minor findings a label under conditions admits, in words, or {@code null}
     *                when the rule set has no such parameter
     */
    record DecisionRule(Compliance compliance, LabelDecision proposal, int majors, int minors, String limitFr, String limitEn) {
    }

    /**
     * What the explanation was frozen with.
     *
     * @param ruleSetFingerprint     the fingerprint of the rule set that evaluated, when it could be
     *                               established (else {@code null}): the evaluation records only its version
     * @param inForceFingerprint     the rule set in force when the explanation was prepared, whose
     *                               thresholds it shows
     */
    record Seal(String ruleSetVersion, String ruleSetFingerprint, String inForceVersion, String inForceFingerprint,
                String inputsDigest, Instant assessmentSubmittedAt) {

        boolean fingerprintEstablished() {
            return ruleSetFingerprint != null;
        }
    }
}
