package fr.spro.label;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The application's "today". Dates of the label procedure are calendar dates in Europe/Paris
 * ({@code procedure.md}), whatever the server's zone. {@code --clock=YYYY-MM-DD} moves the day for
 * demonstrations and acceptance tests of the procedure: time keeps flowing, from that day on, so
 * the journal still orders what happens. Never set in production.
 */
final class ApplicationClock {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ApplicationClock() {
    }

    /**
     * @param day blank for the real day
     * @throws IllegalArgumentException in French, for a day that is not a date
     */
    static Clock of(String day, Clock system) {
        Clock paris = system.withZone(ZONE);
        if (day == null || day.isBlank()) {
            return paris;
        }
        LocalDate wanted;
        try {
            wanted = LocalDate.parse(day.strip());
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("--clock attend une date AAAA-MM-JJ, pas « " + day.strip() + " »", notADate);
        }
        LocalDate today = LocalDate.now(paris);
        return Clock.offset(paris, Duration.between(today.atStartOfDay(ZONE), wanted.atStartOfDay(ZONE)));
    }
}
