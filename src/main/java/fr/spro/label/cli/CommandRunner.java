package fr.spro.label.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the verb named on the command line and keeps its exit code for the launcher. Failures
 * print a French sentence, never a stack trace (that goes to the log at debug level).
 */
@Component
@ConditionalOnProperty("to.command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final List<Command> commands;
    private final String verb;
    private int exitCode;

    CommandRunner(ObjectProvider<Command> commands, @Value("${to.command}") String verb) {
        this.commands = commands.orderedStream().toList();
        this.verb = verb;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Command command = commands.stream().filter(c -> c.name().equals(verb)).findFirst().orElse(null);
        if (command == null) {
            System.err.println("Commande inconnue : « " + verb + " ». Commandes disponibles :\n" + usage());
            exitCode = 2;
            return;
        }
        try {
            exitCode = command.run(arguments);
        } catch (CommandException refused) {
            System.err.println(refused.getMessage());
            exitCode = refused.exitCode();
        } catch (RuntimeException failure) {
            log.debug("Command {} failed", verb, failure);
            System.err.println("La commande « " + verb + " » a échoué : " + failure.getMessage());
            exitCode = 1;
        }
    }

    private String usage() {
        return commands.stream().map(c -> "  " + c.usage()).sorted().collect(Collectors.joining("\n"));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
