package fr.spro.label.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.CampaignRefused;
import fr.spro.label.assessment.CampaignWorkflow;
import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.journal.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate --campaign=2025 [--inbox=DIR] [--out=DIR]}: opens the campaign when it was never
 * opened, imports the inbox, runs the campaign job to its end in this process, prints a summary,
 * and with {@code --out} exports the evaluations, audit files and CREFOP report. Exit code 0 on success, 1 when the job failed,
 * 2 for a usage mistake, 3 when the campaign's job is already running elsewhere.
 */
@Component
class EvaluateCommand implements Command {

    private final CampaignJobs jobs;
    private final CampaignWorkflow campaigns;
    private final EvaluationStore evaluations;
    private final CampaignExport export;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    EvaluateCommand(CampaignJobs jobs, CampaignWorkflow campaigns, EvaluationStore evaluations, CampaignExport export) {
        this.jobs = jobs;
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.export = export;
    }

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String usage() {
        return "evaluate --campaign=2025 [--inbox=DOSSIER] [--out=DOSSIER]";
    }

    /**
     * An operator naming a campaign on the command line opens it when it does not exist
     * ({@code interfaces.md}), with its default deadline, journaled under the operator's name.
     */
    private void openFirst(String campaign) {
        if (!campaign.matches("\\d{4}")) {
            return; // the launch refuses it, as a usage mistake
        }
        try {
            campaigns.openIfMissing(Integer.parseInt(campaign), Actor.commandLine());
        } catch (CampaignRefused refused) {
            throw new CommandException(refused.getMessage());
        }
    }

    @Override
    public int run(ApplicationArguments arguments) {
        String campaign = CommandException.requiredOption(arguments, "campaign");
        Path inbox = optionalDirectory(arguments, "inbox", false);
        Path outDir = optionalDirectory(arguments, "out", true);
        openFirst(campaign);
        JobProgress result;
        try {
            result = jobs.await(jobs.launch(campaign, inbox), Duration.ofMillis(200));
        } catch (JobRefused refused) {
            throw new CommandException(refused.getMessage(), refused.code() == JobRefused.Code.JOB_ALREADY_RUNNING ? 3 : 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("Évaluation interrompue", 1);
        }
        printSummary(result, proposalsOf(campaign));
        if (!"COMPLETED".equals(result.status())) {
            out.println("ÉCHEC : " + (result.failure() == null ? result.status() : result.failure()));
            out.println("Relancez la même commande pour reprendre au dernier lot validé.");
            return 1;
        }
        if (outDir != null) {
            int files = export.write(campaign, outDir);
            out.println("Export : " + files + " fichiers écrits dans " + outDir.toAbsolutePath());
        }
        return 0;
    }

    /**
     * Proposals by kind, from the proposal field alone. Not an aggregation: the embedded store's
     * holds every matched evaluation, findings included, in memory, and ran out of a 1 GiB heap at
     * 50,000 structures after the job had succeeded.
     */
    private Map<String, Long> proposalsOf(String campaign) {
        return evaluations.proposalCounts(campaign);
    }

    private void printSummary(JobProgress result, Map<String, Long> proposals) {
        long evaluated = proposals.values().stream().mapToLong(Long::longValue).sum();
        out.println("Campagne " + result.campaign() + " — traitement " + result.jobId() + " : " + result.status());
        out.println("Import : " + result.importFiles() + " fichiers, " + result.importAccepted() + " lignes acceptées, "
                + result.importRejected() + " rejetées");
        out.println("Structures évaluées : " + evaluated + " (" + result.written() + " évaluations écrites ou modifiées, "
                + result.unchanged() + " inchangées lors de ce traitement)");
        out.println("Dossiers d'audit produits : " + result.auditFiles());
        out.println("Propositions :");
        proposals.forEach((proposal, count) -> out.println("  " + proposal + " : " + count));
    }

    private static Path optionalDirectory(ApplicationArguments arguments, String name, boolean create) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        Path dir = Path.of(values.get(0));
        try {
            if (create) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new CommandException("Impossible de créer le dossier " + dir + " : " + e.getMessage());
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandException("Le dossier --" + name + " n'existe pas : " + dir);
        }
        return dir;
    }
}
