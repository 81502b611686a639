package fr.spro.label.structurespace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as the Region counts them: stored instants are shown and compared on Paris time. */
final class SpaceDates {

    static final ZoneId REGION = ZoneId.of("Europe/Paris");

    private SpaceDates() {
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, REGION);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(REGION));
    }
}
