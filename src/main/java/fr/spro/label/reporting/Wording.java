package fr.spro.label.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words and number forms of the documents, from the messages bundle, so the PDF and its HTML twin
 * say the same thing: outcomes, decisions, compliance, themes, networks in words; dates written out;
 * scores with one decimal in the reader's convention.
 */
@Component
class Wording {

    /** A non-breaking space, as French typography puts before « % » and inside « ». */
    static final String NBSP = "\u00A0";

    private final MessageSource messages;
    private final Clock clock;

    Wording(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String outcome(Outcome outcome, Locale locale) {
        return text("outcome." + outcome.name(), locale);
    }

    String decision(LabelDecision decision, Locale locale) {
        return text("label-decision." + decision.name(), locale);
    }

    String compliance(Compliance compliance, Locale locale) {
        return text("compliance." + compliance.name(), locale);
    }

    String theme(Theme theme, Locale locale) {
        return text("theme." + theme.name(), locale);
    }

    String network(Network network, Locale locale) {
        return text("network." + network.name(), locale);
    }

    String membership(Membership membership, Locale locale) {
        return text("membership." + membership.name(), locale);
    }

    /** "31 décembre 2025"; a dash when there is no date. */
    String date(LocalDate date, Locale locale) {
        return date == null ? "—" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** "31 décembre 2025 à 14:05", in the application's time zone. */
    String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        var local = instant.atZone(clock.getZone());
        return text("report.date-time", locale, date(local.toLocalDate(), locale),
                DateTimeFormatter.ofPattern("HH:mm", locale).format(local));
    }

    /** "91,7" in French, "91.7" in English; a dash for a theme without score. */
    String score(Double score, Locale locale) {
        if (score == null) {
            return "—";
        }
        return decimal(score, locale);
    }

    /** A share as a percentage with one decimal: "75,0 %". */
    String percent(Double share, Locale locale) {
        if (share == null) {
            return "—";
        }
        return decimal(share * 100, locale) + NBSP + "%";
    }

    private static String decimal(double value, Locale locale) {
        String plain = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return "fr".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** The mention of CRPA L311-3-1, with the address of the public page of the rules in force. */
    AlgorithmMention algorithmMention(String rulesUrl, Locale locale) {
        return new AlgorithmMention(text("procedure.algorithm-mention.title", locale),
                text("procedure.algorithm-mention.text", locale, rulesUrl), rulesUrl);
    }
}
