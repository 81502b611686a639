package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class WordingTests {

    static final Wording WORDS = new Wording(messages(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Europe/Paris")));

    @Test
    void outcomesAndDecisionsAreWrittenOutInFrenchAndInEnglish() {
        assertThat(WORDS.outcome(Outcome.A_JUSTIFIER, Locale.FRENCH)).isEqualTo("À justifier");
        assertThat(WORDS.outcome(Outcome.NC_MINEURE, Locale.FRENCH)).isEqualTo("Non-conformité mineure");
        assertThat(WORDS.decision(LabelDecision.LABELLISE_SOUS_CONDITIONS, Locale.FRENCH)).isEqualTo("Labellisé sous conditions");
        assertThat(WORDS.decision(LabelDecision.NON_ELIGIBLE, Locale.ENGLISH)).isEqualTo("Not eligible");
    }

    @Test
    void datesAreWrittenOutAndScoresKeepOneDecimalInTheReadersConvention() {
        assertThat(WORDS.date(LocalDate.of(2025, 12, 31), Locale.FRENCH)).isEqualTo("31 décembre 2025");
        assertThat(WORDS.dateTime(Instant.parse("2026-01-12T09:30:00Z"), Locale.FRENCH)).isEqualTo("12 janvier 2026 à 10:30");
        assertThat(WORDS.score(91.66, Locale.FRENCH)).isEqualTo("91,7");
        assertThat(WORDS.score(91.65, Locale.ENGLISH)).isEqualTo("91.7");
        assertThat(WORDS.score(null, Locale.FRENCH)).isEqualTo("—");
        assertThat(WORDS.percent(0.75, Locale.FRENCH)).isEqualTo("75,0\u00A0%");
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
