package fr.spro.label.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code procedures --on=YYYY-MM-DD}: applies the label procedure's transitions due by that day
 * (labels expired without renewal), idempotently: an operator runs it every morning, or again
 * after a failure. Periods that ended are not decided here: they wait on the officers' list of
 * deadlines, since only an officer confirms a step of the procedure.
 */
@Component
class ProceduresCommand implements Command {

    private final Registry registry;
    private final Clock clock;

    ProceduresCommand(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "procedures";
    }

    @Override
    public String usage() {
        return "procedures --on=AAAA-MM-JJ   applique les transitions de la procédure du label dues ce jour-là (labels expirés)";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        String text = CommandException.requiredOption(arguments, "on");
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new CommandException("--on attend une date AAAA-MM-JJ, pas « " + text + " »");
        }
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            // A day to come would store states the public must not see yet.
            throw new CommandException("Le " + day + " n'est pas encore arrivé (nous sommes le " + today
                    + ") : pour une démonstration, donnez aussi --clock=" + day + ".");
        }
        Registry.Applied applied = registry.applyOn(day);
        System.out.println("Procédure du label au " + day + " : " + applied.expired().size() + " label(s) expiré(s)"
                + (applied.expired().isEmpty() ? "" : " (" + String.join(", ", applied.expired()) + ")")
                + ", " + applied.listed() + " structure(s) au registre.");
        return 0;
    }
}
