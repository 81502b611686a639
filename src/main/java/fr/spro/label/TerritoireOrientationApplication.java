package fr.spro.label;

import java.time.Clock;

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

    /** One clock for the whole application, so tests can fix "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
