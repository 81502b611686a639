package fr.spro.label.cli;

import org.springframework.boot.ApplicationArguments;

/**
 * A command-line verb. Each feature contributes its verbs as beans; the runner picks the one
 * named on the command line.
 */
public interface Command {

    /** The verb, e.g. {@code evaluate}. */
    String name();

    /** One line for the usage message. */
    String usage();

    /**
     * Runs the verb. Returns the process exit code (0 on success). Mistakes of the caller are
     * thrown as {@link CommandException} with a French message.
     */
    int run(ApplicationArguments arguments);
}
