package fr.spro.label.cli;

import org.springframework.boot.ApplicationArguments;

/** A command could not do what was asked; the message is for the person at the terminal. */
public class CommandException extends RuntimeException {

    private final int exitCode;

    public CommandException(String message) {
        this(message, 2);
    }

    public CommandException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The single value of a required {@code --name=value} option. */
    public static String requiredOption(ApplicationArguments arguments, String name) {
        var values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new CommandException("Option obligatoire manquante : --" + name + "=...");
        }
        return values.get(0);
    }
}
