package fr.spro.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts either the web application or one command-line verb ({@code evaluate}, {@code generate},
 * {@code create-user}, ...). A verb is the first argument that is not an option; it runs without
 * a web server and its exit code becomes the process's. {@code --demo} is a shorthand for the
 * {@code demo} profile.
 */
public final class Launcher {

    static final String COMMAND_PROPERTY = "to.command";

    private Launcher() {
    }

    /** Runs the web application (and returns) or the verb (and exits with its code). */
    static void launch(String[] args) {
        Integer exitCode = run(args);
        if (exitCode != null) {
            System.exit(exitCode);
        }
    }

    /** The verb's exit code, or {@code null} when the web application was started. */
    public static Integer run(String... args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        String verb = arguments.isEmpty() || arguments.get(0).startsWith("-") ? null : arguments.get(0);
        SpringApplication application = new SpringApplication(TerritoireOrientationApplication.class);
        if (arguments.remove("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        if (verb == null) {
            application.run(arguments.toArray(String[]::new));
            return null;
        }
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(COMMAND_PROPERTY, verb, "spring.main.banner-mode", "off"));
        try {
            ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
            return SpringApplication.exit(context);
        } catch (RuntimeException startupFailure) {
            // Spring Boot has already logged why; the user gets one line and a failure code.
            System.err.println("Échec du démarrage de la commande « " + verb + " » : " + rootMessage(startupFailure));
            return 1;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
