package fr.spro.label.assessment;

import java.util.List;

import fr.spro.label.cli.Command;
import fr.spro.label.cli.CommandException;
import fr.spro.label.journal.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code open-campaign --campaign=2026 [--deadline=YYYY-MM-DD]}: opens a campaign, as an officer
 * does on the back office, journaled under the operator's name. Exit 0 when opened, 2 when it is
 * already open (or exists) or for a usage mistake.
 */
@Component
class OpenCampaignCommand implements Command {

    private final CampaignWorkflow workflow;

    OpenCampaignCommand(CampaignWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public String name() {
        return "open-campaign";
    }

    @Override
    public String usage() {
        return "open-campaign --campaign=2026 [--deadline=AAAA-MM-JJ]   (date limite de dépôt : 31 octobre par défaut)";
    }

    @Override
    public int run(ApplicationArguments arguments) {
        String campaign = CommandException.requiredOption(arguments, "campaign");
        List<String> deadline = arguments.getOptionValues("deadline");
        Campaign opened;
        try {
            opened = workflow.open(campaign, deadline == null || deadline.isEmpty() ? null : deadline.get(0), Actor.commandLine());
        } catch (CampaignRefused refused) {
            throw new CommandException(refused.getMessage());
        }
        System.out.println("Campagne " + opened.id() + " ouverte : dépôt des auto-évaluations avant le " + opened.deadline()
                + ", date de référence " + opened.referenceDate() + ".");
        return 0;
    }
}
