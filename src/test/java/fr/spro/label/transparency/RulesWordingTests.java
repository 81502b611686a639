package fr.spro.label.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.referential.Parameter;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How a threshold and a date read on the rules page, in French and in English. */
class RulesWordingTests {

    static final String NBSP = "\u00a0";
    static final RulesWording WORDS = new RulesWording(messages(), Clock.system(ZoneId.of("Europe/Paris")));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Parameter parameter(String name, Parameter.Type type, String value, String unitFr, String unitEn, Parameter.Bound bound) {
        return new Parameter(name, "ACC-04", type, new BigDecimal(value), BigDecimal.ZERO, new BigDecimal("1000"), unitFr, unitEn, bound,
                Optional.empty(), "Libellé", "Label");
    }

    @Test
    void aFloorReadsAtLeastACeilingAtMostAndADefaultItsValueAlone() {
        Parameter floor = parameter("ACC-03.heures-conforme", Parameter.Type.DECIMAL, "24", "h", "h", Parameter.Bound.MIN);
        Parameter ceiling = parameter("ACC-04.semaines-sans-canal", Parameter.Type.INTEGER, "3", "semaine|semaines", "week|weeks",
                Parameter.Bound.MAX);
        Parameter byDefault = parameter("NET-01.reunions-tenues-par-defaut", Parameter.Type.INTEGER, "1", "réunion|réunions",
                "meeting|meetings", Parameter.Bound.NONE);

        assertThat(WORDS.threshold(floor, Locale.FRENCH).text()).isEqualTo("au" + NBSP + "moins" + NBSP + "24" + NBSP + "h");
        assertThat(WORDS.threshold(ceiling, Locale.FRENCH).text()).isEqualTo("au" + NBSP + "plus" + NBSP + "3" + NBSP + "semaines");
        assertThat(WORDS.threshold(ceiling, Locale.ENGLISH).text()).isEqualTo("at" + NBSP + "most" + NBSP + "3" + NBSP + "weeks");
        assertThat(WORDS.threshold(byDefault, Locale.FRENCH).text()).isEqualTo("1" + NBSP + "réunion");
        assertThat(WORDS.threshold(ceiling, Locale.FRENCH).unit()).isEqualTo("semaines");
        assertThat(WORDS.threshold(ceiling, Locale.FRENCH).type()).isEqualTo("integer");
    }

    @Test
    void aShareReadsAsAPercentageAndHasNoUnit() {
        Parameter share = parameter("NET-01.part-conforme", Parameter.Type.SHARE, "0.75", "", "", Parameter.Bound.MIN);

        RulesInForce.Threshold threshold = WORDS.threshold(share, Locale.FRENCH);

        assertThat(threshold.text()).isEqualTo("au" + NBSP + "moins" + NBSP + "75" + NBSP + "%");
        assertThat(threshold.value()).isEqualByComparingTo("0.75");
        assertThat(threshold.unit()).isNull();
    }

    @Test
    void theFirstOfTheMonthIsWrittenFirstInFrench() {
        Instant firstOfJune = Instant.parse("2026-06-01T07:30:00Z");

        assertThat(WORDS.dateTime(firstOfJune, Locale.FRENCH)).isEqualTo("1er juin 2026 à 09:30");
        assertThat(WORDS.dateTime(firstOfJune, Locale.ENGLISH)).isEqualTo("1 June 2026 at 09:30");
        assertThat(WORDS.dateTime(Instant.parse("2026-06-12T07:30:00Z"), Locale.FRENCH)).isEqualTo("12 juin 2026 à 09:30");
    }
}
