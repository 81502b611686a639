package fr.spro.label.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code generate --structures=N --campaign=2025 --out=DIR [--seed=S]}: writes a synthetic, valid
 * data set of N structures in the import formats (see {@link SyntheticDataSet}). The default seed
 * is 1; the same options always give the same files, byte for byte.
 */
@Component
class GenerateCommand implements Command {

    static final long DEFAULT_SEED = 1;
    static final int MAX_STRUCTURES = 1_000_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --structures=N --campaign=2025 --out=DIR [--seed=S]   écrit un jeu de données synthétique valide";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        int structures = number(arguments, "structures", 1, MAX_STRUCTURES);
        int campaign = number(arguments, "campaign", 1000, 9999);
        Path out = Path.of(CommandException.requiredOption(arguments, "out"));
        long seed = arguments.containsOption("seed") ? seed(arguments) : DEFAULT_SEED;
        try {
            List<Path> files = new SyntheticDataSet(structures, campaign, seed).writeTo(out);
            System.out.println(structures + " structures écrites dans " + out.toAbsolutePath() + " (graine " + seed + ") : "
                    + String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList()));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException("Impossible d'écrire dans « " + out + " » : " + e.getMessage(), 1);
        }
    }

    private static int number(ApplicationArguments arguments, String option, int min, int max) {
        String text = CommandException.requiredOption(arguments, option);
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same refusal as an out-of-range value
        }
        throw new CommandException("--" + option + " doit être un nombre entier entre " + min + " et " + max + " (lu : « " + text + " »).");
    }

    private static long seed(ApplicationArguments arguments) {
        String text = CommandException.requiredOption(arguments, "seed");
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandException("--seed doit être un nombre entier (lu : « " + text + " »).");
        }
    }
}
