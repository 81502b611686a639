package fr.spro.label.reporting;

import java.nio.file.Path;

import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code reports --campaign=2025 --out=DIR}: writes the campaign's audit files and CREFOP report
 * into DIR, from the evaluations already stored (what {@code evaluate --out} does after evaluating).
 */
@Component
class ReportsCommand implements Command {

    private final ReportFiles files;

    ReportsCommand(ReportFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String usage() {
        return "reports --campaign=2025 --out=DIR   écrit les dossiers d'audit et le rapport CREFOP de la campagne dans DIR";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        String campaign = CommandException.requiredOption(arguments, "campaign");
        Path out = Path.of(CommandException.requiredOption(arguments, "out"));
        try {
            ReportFiles.Written written = files.writeTo(out, campaign);
            System.out.println("Campagne " + campaign + " : " + written.auditFiles() + " dossier(s) d'audit et le rapport CREFOP écrits dans "
                    + out.toAbsolutePath());
            return 0;
        } catch (ReportUnavailable unavailable) {
            throw new CommandException(unavailable.getMessage());
        }
    }
}
