package fr.spro.label.batch;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Puts in force, before a job starts, the rule set activated last on any instance; hands the
 * campaign's lease back when its job ends, however it ends.
 */
@Component
class CampaignJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CampaignJobListener.class);

    private final CampaignLocks locks;
    private final RuleEngine rules;

    CampaignJobListener(CampaignLocks locks, RuleEngine rules) {
        this.locks = locks;
        this.rules = rules;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RuleSet inForce = rules.inForce();
        log.info("Campaign job {} evaluates with rule set {} ({})", execution.getId(), inForce.version(),
                inForce.fingerprint().substring(0, 12));
    }

    @Override
    public void afterJob(JobExecution execution) {
        String campaign = execution.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN);
        log.info("Campaign {} job {} ended: {}", campaign, execution.getId(), execution.getStatus());
        locks.release(campaign);
    }
}
