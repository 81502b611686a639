package fr.spro.label;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Territoire d'Orientation: the SPRO quality charter and label engine of a Region.
 * One executable for the web application and the command-line verbs ({@link Launcher}).
 */
@SpringBootApplication
public class TerritoireOrientationApplication {

    public static void main(String[] args) {
        Launcher.launch(args);
    }

    /** One clock for the whole application, so tests can fix "today" and {@code --clock} can move it. */
    @Bean
    Clock clock(@Value("${clock:}") String day) {
        Clock clock = ApplicationClock.of(day, Clock.systemUTC());
        if (!day.isBlank()) {
            LoggerFactory.getLogger(TerritoireOrientationApplication.class).warn("Application day set by --clock: {}", LocalDate.now(clock));
        }
        return clock;
    }
}
