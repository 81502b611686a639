package fr.spro.label.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Counts, when the evaluate step starts, how many structures it has to evaluate, so the back
 * office can show "items done / total": the same {@link Eligibility} the step reads.
 */
@Component
class EvaluationTotal implements StepExecutionListener {

    static final String TOTAL = "evaluate.total";

    private final Eligibility eligibility;

    EvaluationTotal(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String campaign = stepExecution.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN);
        stepExecution.getJobExecution().getExecutionContext().putLong(TOTAL, count(campaign));
    }

    long count(String campaign) {
        return eligibility.count(campaign);
    }
}
