package fr.spro.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The application's day: Europe/Paris, moved by {@code --clock} while time keeps flowing. */
class ApplicationClockTests {

    /** 23:30 UTC on 31 December is already 1 January in Paris. */
    static final Clock NEW_YEARS_EVE_UTC = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void datesAreParisDates() {
        assertThat(LocalDate.now(ApplicationClock.of("", NEW_YEARS_EVE_UTC))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void theClockOptionMovesTheDayAndKeepsTheTimeOfDay() {
        Clock moved = ApplicationClock.of("2028-03-15", NEW_YEARS_EVE_UTC);
        assertThat(LocalDate.now(moved)).isEqualTo(LocalDate.of(2028, 3, 15));
        assertThat(moved.instant()).isEqualTo(Instant.parse("2028-03-14T23:30:00Z"));
    }

    @Test
    void theDayFlowsFromTheMovedDay() {
        Clock running = ApplicationClock.of("2028-03-15", Clock.systemUTC());
        Instant first = running.instant();
        assertThat(LocalDate.now(running)).isEqualTo(LocalDate.of(2028, 3, 15));
        assertThat(running.instant()).isAfterOrEqualTo(first);
    }

    @Test
    void aClockThatIsNotADateIsRefusedInFrench() {
        assertThatThrownBy(() -> ApplicationClock.of("15/03/2028", NEW_YEARS_EVE_UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAAA-MM-JJ").hasMessageContaining("15/03/2028");
    }
}
