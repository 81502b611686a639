package fr.spro.label.backoffice;

import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.batch.JobProgress;
import fr.spro.label.batch.JobRefused;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job's progress as {@code GET /api/jobs/{id}} gives it, for the back office's own page: that
 * page is signed in with a session, which the API (HTTP Basic, stateless) does not read.
 */
@RestController
class JobProgressJson {

    private final CampaignJobs jobs;

    JobProgressJson(CampaignJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/back-office/jobs/{jobId}")
    JobProgress progress(@PathVariable long jobId) {
        return jobs.progress(jobId).orElseThrow(() -> JobRefused.unknownJob(jobId));
    }
}
