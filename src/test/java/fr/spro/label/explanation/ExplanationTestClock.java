package fr.spro.label.explanation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import fr.spro.label.support.MovableClock;

/** Puts a {@link MovableClock} in place of the application's clock, for every bean that asks for a {@code Clock}. */
@TestConfiguration(proxyBeanMethods = false)
class ExplanationTestClock {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(ExplanationFixture.ASKED_AT, ExplanationDates.REGION);
    }
}
