package fr.spro.label.assessment;

import java.time.Instant;
import java.time.LocalDate;

import fr.spro.label.journal.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening a campaign over HTTP ({@code interfaces.md}), as an officer does on the back office:
 * through {@link CampaignWorkflow}, which checks and journals. Who may call it is decided in the
 * security configuration.
 */
@RestController
class CampaignApi {

    private final CampaignWorkflow workflow;

    CampaignApi(CampaignWorkflow workflow) {
        this.workflow = workflow;
    }

    /** {@code campaign} a 4-digit year, {@code deadline} an ISO date (31 October of the year when absent). */
    record OpenRequest(String campaign, String deadline) {
    }

    /** 201 with the campaign opened; refused ({@link CampaignRefused}): 400 for a malformed year or deadline, 409 when it exists. */
    @PostMapping("/api/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView open(@RequestBody OpenRequest body, Actor officer) {
        return CampaignView.of(workflow.open(body.campaign(), body.deadline(), officer));
    }

    record CampaignView(String campaign, int year, LocalDate referenceDate, LocalDate deadline, CampaignStatus status,
                        Instant createdAt) {

        static CampaignView of(Campaign campaign) {
            return new CampaignView(campaign.id(), campaign.year(), campaign.referenceDate(), campaign.deadline(),
                    campaign.status(), campaign.createdAt());
        }
    }
}
