package fr.spro.label.batch;

import java.util.List;
import java.util.Map;

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
        // refused as JobRefused (400 BAD_CAMPAIGN, 409 JOB_ALREADY_RUNNING) or CampaignRefused (404 UNKNOWN_CAMPAIGN)
        long jobId = jobs.launch(campaign, null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId, "campaign", campaign));
    }

    @GetMapping("/api/jobs/{jobId}")
    JobProgress progress(@PathVariable long jobId) {
        return jobs.progress(jobId).orElseThrow(() -> JobRefused.unknownJob(jobId));
    }

    @GetMapping("/api/jobs")
    List<JobProgress> history(@RequestParam(defaultValue = "20") int limit) {
        return jobs.history(Math.min(Math.max(limit, 1), 100));
    }
}
