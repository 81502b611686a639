package fr.spro.label.batch;

import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.CampaignRefused;
import fr.spro.label.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Launching a campaign's evaluation and following it (the back office's progress bar). A campaign
 * that was never opened is not found (404 {@code UNKNOWN_CAMPAIGN}): launching never opens one.
 */
@RestController
class CampaignJobController {

    private final CampaignJobs jobs;

    CampaignJobController(CampaignJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/campaigns/{campaign}/evaluations")
    ResponseEntity<Map<String, Object>> launch(@PathVariable String campaign) {
        try {
            long jobId = jobs.launch(campaign, null);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId, "campaign", campaign));
        } catch (CampaignRefused unknown) {
            throw unknown.asRefusal();
        } catch (JobRefused refused) {
            HttpStatus status = "BAD_CAMPAIGN".equals(refused.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
            throw new ApiException(status, refused.code(), refused.getMessage());
        }
    }

    @GetMapping("/api/jobs/{jobId}")
    JobProgress progress(@PathVariable long jobId) {
        return jobs.progress(jobId).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_JOB", "Aucun traitement n'a l'identifiant " + jobId));
    }

    @GetMapping("/api/jobs")
    List<JobProgress> history(@RequestParam(defaultValue = "20") int limit) {
        return jobs.history(Math.min(Math.max(limit, 1), 100));
    }
}
