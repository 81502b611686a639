package fr.spro.label.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Hands the campaign's lease back when its job ends, however it ends. */
@Component
class CampaignJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CampaignJobListener.class);

    private final CampaignLocks locks;

    CampaignJobListener(CampaignLocks locks) {
        this.locks = locks;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String campaign = execution.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN);
        log.info("Campaign {} job {} ended: {}", campaign, execution.getId(), execution.getStatus());
        locks.release(campaign);
    }
}
