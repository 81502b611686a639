package fr.spro.label.explanation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.spro.label.explanation.FrozenExplanation.Compared;
import fr.spro.label.explanation.FrozenExplanation.Contribution;
import fr.spro.label.explanation.FrozenExplanation.Datum;
import fr.spro.label.explanation.FrozenExplanation.DecisionRule;
import fr.spro.label.explanation.FrozenExplanation.Evidence;
import fr.spro.label.explanation.FrozenExplanation.Operation;
import fr.spro.label.explanation.FrozenExplanation.Seal;
import fr.spro.label.explanation.FrozenExplanation.Threshold;
import fr.spro.label.explanation.FrozenExplanation.Value;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.reporting.ExplanationSheet;
import fr.spro.label.reporting.ExplanationSheet.DataLine;
import fr.spro.label.reporting.ExplanationSheet.EvidenceLine;
import fr.spro.label.reporting.ExplanationSheet.Line;
import fr.spro.label.reporting.ExplanationSheet.OperationLine;
import fr.spro.label.reporting.ExplanationSheet.ThresholdLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a frozen explanation into the words of one language, from the messages bundle: the same
 * sheet is printed in French in the PDF and shown in the reader's language on the pages. The
 * rules' own sentences are French only (the rule files write them so); they are shown as written.
 */
@Component
class ExplanationWording {

    private static final char NBSP = '\u00A0';

    private final MessageSource messages;

    ExplanationWording(MessageSource messages) {
        this.messages = messages;
    }

    ExplanationSheet sheet(ExplanationRequest request, Locale locale) {
        FrozenExplanation frozen = request.explanation();
        String campaign = request.campaign();
        return new ExplanationSheet(request.structureId(), request.structureName(), campaign,
                text("explanation.subtitle", locale, request.structureName(), request.structureId(), campaign),
                contribution(frozen.contribution(), locale),
                frozen.data().stream().map(datum -> dataLine(datum, campaign, frozen.seal(), locale)).toList(),
                frozen.evidence().stream().map(evidence -> evidenceLine(evidence, locale)).toList(),
                frozen.thresholds().stream().map(threshold -> thresholdLine(threshold, locale)).toList(),
                frozen.operations().stream().map(operation -> operationLine(operation, locale)).toList(),
                decisionRule(frozen.decisionRule(), locale),
                frozen(frozen, locale));
    }

    /** "3 mars 2026 à 14:05", on Paris time. */
    String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        var local = instant.atZone(ExplanationDates.REGION);
        return text("report.date-time", locale, ExplanationDates.words(local.toLocalDate(), locale),
                DateTimeFormatter.ofPattern("HH:mm", locale).format(local));
    }

    private List<Line> contribution(Contribution c, Locale locale) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("explanation.contribution.role", text("explanation.contribution.role.value", locale), locale));
        lines.add(line("explanation.contribution.proposal", text("explanation.contribution.proposal.value", locale,
                decision(c.proposal(), locale), text("compliance." + c.compliance().name(), locale),
                ExplanationDates.words(ExplanationDates.day(c.evaluatedAt()), locale)), locale));
        lines.add(line("explanation.contribution.decision", text("explanation.contribution.decision.value", locale,
                decision(c.decision(), locale), ExplanationDates.words(c.decidedOn(), locale),
                c.decidedBy() == null ? "—" : c.decidedBy()), locale));
        lines.add(line("explanation.contribution.outcome", c.confirmsProposal()
                ? text("explanation.contribution.confirmed", locale)
                : text("explanation.contribution.replaced", locale, decision(c.proposal(), locale), decision(c.decision(), locale)), locale));
        if (c.justification() != null && !c.justification().isBlank()) {
            lines.add(line("explanation.contribution.justification", c.justification(), locale));
        }
        if (c.reevaluatedAfterDecision()) {
            lines.add(line("explanation.contribution.reevaluated", text("explanation.contribution.reevaluated.value", locale,
                    ExplanationDates.words(ExplanationDates.day(c.evaluatedAt()), locale)), locale));
        }
        return lines;
    }

    private DataLine dataLine(Datum datum, String campaign, Seal seal, Locale locale) {
        return new DataLine(label(datum.name(), locale), value(datum.name(), datum.value(), locale),
                source(datum.origin(), campaign, seal, locale), String.join(", ", datum.criteria()));
    }

    private String source(DataOrigin origin, String campaign, Seal seal, Locale locale) {
        if (origin == DataOrigin.ANSWER && seal.assessmentSubmittedAt() != null) {
            return text("explanation.source.ANSWER", locale, campaign,
                    ExplanationDates.words(ExplanationDates.day(seal.assessmentSubmittedAt()), locale));
        }
        if (origin == DataOrigin.ANSWER) {
            return text("explanation.source.ANSWER.undated", locale, campaign);
        }
        return switch (origin) {
            case DIRECTORY, RULES -> text("explanation.source." + origin.name(), locale);
            default -> text("explanation.source." + origin.name(), locale, campaign);
        };
    }

    private EvidenceLine evidenceLine(Evidence evidence, Locale locale) {
        String answer = label(evidence.question(), locale) + " (" + String.join(", ", evidence.criteria()) + ")";
        if (evidence.isLink()) {
            return new EvidenceLine(answer, text("explanation.evidence.link", locale, evidence.url()),
                    text("explanation.evidence.no-sha256", locale));
        }
        return new EvidenceLine(answer, text("explanation.evidence.file", locale, evidence.fileName(), number(evidence.size(), locale)),
                evidence.sha256() == null ? "—" : evidence.sha256());
    }

    private ThresholdLine thresholdLine(Threshold t, Locale locale) {
        String criterion = t.criterion().equals(ExplanationPreparation.DECISION_GROUP)
                ? text("explanation.group.DECISION", locale) : t.criterion();
        String amount = english(locale) ? t.valueEn() : t.valueFr();
        String compared = t.compared().stream().map(c -> compared(c, locale))
                .collect(Collectors.joining(english(locale) ? "; " : NBSP + "; "));
        return new ThresholdLine(criterion, english(locale) ? t.labelEn() : t.labelFr(),
                text("explanation.bound." + t.bound().name(), locale, keepTogether(amount)), compared);
    }

    private String compared(Compared compared, Locale locale) {
        return text("explanation.threshold.compared", locale, label(compared.name(), locale), value(compared.name(), compared.value(), locale));
    }

    private OperationLine operationLine(Operation o, Locale locale) {
        String outcome = text("outcome." + o.outcome().name(), locale);
        return new OperationLine(o.criterion(), english(locale) ? o.titleEn() : typography(o.titleFr()), o.outcome().name(), outcome,
                typography(o.explanation()), o.rule() != null ? o.rule() : text("explanation.rule.unrecorded", locale, outcome));
    }

    private List<Line> decisionRule(DecisionRule rule, Locale locale) {
        String majors = text("explanation.count.majors", locale, rule.majors());
        String minors = text("explanation.count.minors", locale, rule.minors());
        String limit = english(locale) ? rule.limitEn() : rule.limitFr();
        return List.of(
                line("explanation.decision-rule.count", capitalized(text("explanation.decision-rule.count.value", locale, majors, minors)), locale),
                line("explanation.decision-rule.compliance", text("explanation.decision-rule.compliance." + rule.compliance().name(), locale), locale),
                line("explanation.decision-rule.proposal", text("explanation.decision-rule.proposal." + rule.proposal().name(), locale,
                        majors, minors, limit == null ? "—" : keepTogether(limit)), locale));
    }

    private List<Line> frozen(FrozenExplanation frozen, Locale locale) {
        Seal seal = frozen.seal();
        return List.of(
                line("explanation.frozen.prepared", dateTime(frozen.preparedAt(), locale), locale),
                line("explanation.frozen.rule-set", text("explanation.frozen.rule-set.value", locale, seal.ruleSetVersion()), locale),
                line("explanation.frozen.fingerprint", seal.fingerprintEstablished()
                        ? text("explanation.frozen.fingerprint.established", locale, seal.ruleSetFingerprint())
                        : text("explanation.frozen.fingerprint.unknown", locale, seal.inForceVersion(), seal.inForceFingerprint()), locale),
                line("explanation.frozen.inputs", seal.inputsDigest() == null ? "—" : seal.inputsDigest(), locale),
                line("explanation.frozen.rule-names", text("explanation.frozen.rule-names.value", locale), locale));
    }

    /** What a datum is called: the question, the activity figure, the directory field, as the structure's pages call them. */
    String label(String name, Locale locale) {
        return switch (DataOrigin.of(name)) {
            case ANSWER -> english(locale) ? text("structurespace.question." + name, locale)
                    : typography(text("structurespace.question." + name, locale));
            case FIGURE -> english(locale) ? text("structurespace.activity.field." + name, locale)
                    : typography(text("structurespace.activity.field." + name, locale));
            case EVIDENCE -> text("explanation.input.evidence", locale, label(DataOrigin.evidencedQuestion(name), locale));
            default -> messages.getMessage("explanation.input." + name, null,
                    text("explanation.input.other", locale, name), locale);
        };
    }

    /** A value in words: yes or no, a number or a date in the reader's convention, an enumeration's label. */
    String value(String name, Value value, Locale locale) {
        return switch (value.kind()) {
            case NONE -> text("explanation.value.none", locale);
            case BOOLEAN -> text("explanation.value." + value.parts().get(0), locale);
            case NUMBER -> number(new BigDecimal(value.parts().get(0)), locale);
            case DATE -> ExplanationDates.words(LocalDate.parse(value.parts().get(0)), locale);
            case TEXT -> code(name, value.parts().get(0), locale);
            case LIST -> value.parts().isEmpty() ? text("explanation.value.empty", locale)
                    : value.parts().stream().map(part -> code(name, part, locale)).collect(Collectors.joining(", "));
        };
    }

    /** An enumeration's value by the label the pages give it; a value no label is known for, as it is. */
    private String code(String name, String code, Locale locale) {
        String key = switch (name) {
            case "membership" -> "membership." + code;
            case "network" -> "network." + code;
            case "publics" -> "explanation.public." + code;
            case "previous_action_plan" -> "structurespace.answer." + code;
            default -> null;
        };
        return key == null ? code : messages.getMessage(key, null, code, locale);
    }

    private static String number(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String decision(LabelDecision decision, Locale locale) {
        return text("label-decision." + decision.name(), locale);
    }

    private Line line(String labelKey, String value, Locale locale) {
        return new Line(text(labelKey, locale), value);
    }

    /** "24 h" and "3 semaines" never broken across two lines. */
    private static String keepTogether(String amount) {
        int space = amount.indexOf(' ');
        return space < 0 ? amount : amount.substring(0, space) + NBSP + amount.substring(space + 1);
    }

    /**
     * French typography for French text written elsewhere (the rule files' sentences, the questions of
     * the self-assessment): a non-breaking space before {@code ? ! : ;} and inside « », so that a
     * question mark never starts a line. Only spaces change.
     */
    static String typography(String french) {
        if (french == null) {
            return null;
        }
        return french.replace(" ?", NBSP + "?").replace(" !", NBSP + "!").replace(" :", NBSP + ":").replace(" ;", NBSP + ";")
                .replace("« ", "«" + NBSP).replace(" »", NBSP + "»");
    }

    /** A sentence that starts with a count ("aucune non-conformité majeure, ...") starts with a capital. */
    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
