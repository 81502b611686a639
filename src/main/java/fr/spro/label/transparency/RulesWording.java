package fr.spro.label.transparency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the rules page and API: sentences from the messages bundle, a parameter's value with
 * its bound ("au moins 24 h"), and dates as French typography writes them ("1er juin 2026").
 */
@Component
class RulesWording {

    static final String NBSP = "\u00a0";

    private final MessageSource messages;
    private final Clock clock;

    RulesWording(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A parameter as the rule set applies it: its value, unit and bound, in words. */
    RulesInForce.Threshold threshold(Parameter parameter, Locale locale) {
        // A number and its unit never part at the end of a line: "24 h", "75 %", "3 semaines".
        String value = Parameters.text(parameter, locale).replaceFirst(" ", NBSP);
        String unit = parameter.type() == Parameter.Type.SHARE ? null : parameter.unit(locale, parameter.value());
        return new RulesInForce.Threshold(parameter.name(), parameter.label(locale), parameter.type().name().toLowerCase(Locale.ROOT),
                parameter.value(), unit, parameter.bound(), value, bounded(parameter.bound(), value, locale));
    }

    /** "au moins 24 h" for a floor, "au plus 3 semaines" for a ceiling, the value alone otherwise. */
    String bounded(Parameter.Bound bound, String value, Locale locale) {
        return text("transparency.bound." + bound.name(), locale, value);
    }

    /** "1er juin 2026 à 09:30" in the application's time zone; the first of the month is "1er" in French. */
    String dateTime(Instant instant, Locale locale) {
        ZonedDateTime local = instant.atZone(clock.getZone());
        return text("transparency.date-time", locale, date(local, locale), DateTimeFormatter.ofPattern("HH:mm", locale).format(local));
    }

    private static String date(ZonedDateTime local, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        String day = french && local.getDayOfMonth() == 1 ? "1er" : String.valueOf(local.getDayOfMonth());
        return day + " " + DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(local);
    }
}
