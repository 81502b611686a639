package fr.spro.label.explanation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days as the Region counts them (Europe/Paris), written as French typography wants them: "1er mars
 * 2026" for the first of a month, "3 mars 2026" otherwise; "1 March 2026" in English.
 */
final class ExplanationDates {

    static final ZoneId REGION = ZoneId.of("Europe/Paris");

    private ExplanationDates() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(REGION));
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, REGION);
    }

    /** The date in words; a dash when there is none. */
    static String words(LocalDate date, Locale locale) {
        if (date == null) {
            return "—";
        }
        if (isFrench(locale) && date.getDayOfMonth() == 1) {
            return "1er " + DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(date);
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private static boolean isFrench(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
