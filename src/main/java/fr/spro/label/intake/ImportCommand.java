package fr.spro.label.intake;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import --inbox=DIR}: the first step of {@code evaluate --inbox} on its own, to load data
 * without evaluating and to time the import. Exit code 0 when every file was read and its valid
 * rows written (row rejections are listed in {@code DIR/rejections.csv}), 1 when a file was
 * rejected whole or a write failed.
 */
@Component
class ImportCommand implements Command {

    private final IntakeService intake;
    private final PrintStream out = System.out;

    ImportCommand(IntakeService intake) {
        this.intake = intake;
    }

    /** CPU time of the whole process (the embedded store runs in it): less sensitive than wall time to other load on the machine. */
    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import --inbox=DIR   importe les fichiers structures*, activity*, self-assessment* du dossier";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        Path inbox = Path.of(CommandException.requiredOption(arguments, "inbox"));
        long start = System.nanoTime();
        Duration cpuBefore = processCpu();
        InboxReport report;
        try {
            report = intake.importInbox(inbox);
        } catch (IllegalArgumentException notAFolder) {
            throw new CommandException(notAFolder.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = processCpu().minus(cpuBefore).toMillis();
        for (ImportReport file : report.files()) {
            out.printf("%-40s %8d acceptées %8d rejetées%s%n", file.file(), file.accepted(), file.rejected(),
                    file.fileRejected() ? "  (fichier rejeté : " + file.rejections().get(0).message() + ")" : "");
        }
        out.printf("Total : %d fichiers, %d lignes acceptées, %d rejetées, en %d ms (temps processeur %d ms). Rejets : %s%n",
                report.files().size(), report.accepted(), report.rejected(), millis, cpuMillis,
                inbox.resolve(RejectionFiles.CSV));
        return report.hasFailures() ? 1 : 0;
    }
}
