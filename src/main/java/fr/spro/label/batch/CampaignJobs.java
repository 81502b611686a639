package fr.spro.label.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import fr.spro.label.assessment.Campaigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Launching and following campaign jobs. A launch takes the campaign's lease first (one job per
 * campaign across every instance), then restarts the campaign's last execution when it did not
 * complete — failed, or left "started" by a process that died — or starts a new run otherwise.
 */
@Service
public class CampaignJobs {

    private static final Logger log = LoggerFactory.getLogger(CampaignJobs.class);
    private static final Set<BatchStatus> LEFT_RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING, BatchStatus.UNKNOWN);
    private static final Set<BatchStatus> RESTARTABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final CampaignLocks locks;
    private final Campaigns campaigns;

    CampaignJobs(JobOperator operator, JobRepository repository, Job campaignEvaluationJob, CampaignLocks locks, Campaigns campaigns) {
        this.operator = operator;
        this.repository = repository;
        this.job = campaignEvaluationJob;
        this.locks = locks;
        this.campaigns = campaigns;
    }

    /**
     * Launches (or resumes) the evaluation of a campaign in the background and returns the job
     * execution id. Refused when the campaign is not a year or when its job already runs.
     */
    public long launch(String campaign, Path inbox) {
        if (campaign == null || !campaign.matches("\\d{4}")) {
            throw new JobRefused("BAD_CAMPAIGN", "Campagne invalide : « " + campaign + " » (une année sur 4 chiffres est attendue)");
        }
        campaigns.ensure(Integer.parseInt(campaign));
        if (locks.tryAcquire(campaign).isEmpty()) {
            throw new JobRefused("JOB_ALREADY_RUNNING",
                    "L'évaluation de la campagne " + campaign + " est déjà en cours ; attendez sa fin avant de la relancer.");
        }
        try {
            return startOrResume(campaign, inbox).getId();
        } catch (RuntimeException | org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                 | org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
                 | org.springframework.batch.core.job.parameters.InvalidJobParametersException
                 | org.springframework.batch.core.launch.JobRestartException e) {
            locks.release(campaign);
            throw e instanceof JobRefused refused ? refused
                    : new IllegalStateException("Lancement de l'évaluation de la campagne " + campaign + " impossible", e);
        }
    }

    private JobExecution startOrResume(String campaign, Path inbox) throws Exception {
        Optional<JobExecution> last = lastExecution(campaign);
        if (last.isPresent() && LEFT_RUNNING.contains(last.get().getStatus())) {
            // We hold the lease, so whoever ran it is gone: record it as failed, then resume it.
            log.warn("Campaign {}: execution {} was left {} by a process that stopped; resuming it",
                    campaign, last.get().getId(), last.get().getStatus());
            return operator.restart(operator.recover(last.get()));
        }
        if (last.isPresent() && RESTARTABLE.contains(last.get().getStatus())) {
            log.info("Campaign {}: resuming execution {} from its last committed chunk", campaign, last.get().getId());
            return operator.restart(last.get());
        }
        long run = last.map(e -> e.getJobParameters().getLong(CampaignJobConfiguration.RUN, 0L) + 1).orElse(1L);
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(CampaignJobConfiguration.CAMPAIGN, campaign)
                .addLong(CampaignJobConfiguration.RUN, run);
        if (inbox != null) {
            parameters.addString(CampaignJobConfiguration.INBOX, inbox.toAbsolutePath().toString(), false);
        }
        return operator.start(job, parameters.toJobParameters());
    }

    /** The campaign's latest execution, whichever run it belongs to. */
    Optional<JobExecution> lastExecution(String campaign) {
        return instances().map(repository::getLastJobExecution)
                .filter(e -> e != null && campaign.equals(e.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN)))
                .findFirst();
    }

    private Stream<JobInstance> instances() {
        return repository.getJobInstances(CampaignJobConfiguration.JOB_NAME, 0, 10_000).stream();
    }

    public Optional<JobProgress> progress(long jobId) {
        return Optional.ofNullable(repository.getJobExecution(jobId)).map(this::toProgress);
    }

    /** The latest executions first. */
    public List<JobProgress> history(int limit) {
        return instances().flatMap(i -> repository.getJobExecutions(i).stream())
                .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
                .limit(limit).map(this::toProgress).toList();
    }

    /** Waits for the end of a job (the command line runs it to the end). */
    public JobProgress await(long jobId, Duration poll) throws InterruptedException {
        while (true) {
            JobExecution execution = repository.getJobExecution(jobId);
            if (execution != null && !execution.isRunning() && execution.getEndTime() != null) {
                return toProgress(execution);
            }
            Thread.sleep(poll.toMillis());
        }
    }

    JobProgress toProgress(JobExecution execution) {
        Collection<StepExecution> steps = execution.getStepExecutions();
        String current = steps.stream().filter(s -> !s.getStepName().contains(":"))
                .reduce((a, b) -> b).map(StepExecution::getStepName).orElse(null);
        List<StepExecution> workers = steps.stream().filter(s -> !isManager(s)).toList();
        ImportTotals imported = ImportTotals.from(execution.getExecutionContext());
        // A resumed run goes on from the committed chunks of the runs before it: count them all.
        long evaluated = repository.getJobExecutions(execution.getJobInstance()).stream()
                .flatMap(e -> e.getStepExecutions().stream())
                .filter(s -> s.getStepName().startsWith("evaluateTerritory"))
                .mapToLong(s -> s.getWriteCount() + s.getFilterCount()).sum();
        String failure = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage).orElse(null);
        return new JobProgress(execution.getId(), execution.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN),
                execution.getStatus().name(), current,
                execution.getExecutionContext().getLong(EvaluationTotal.TOTAL, 0L), evaluated,
                workers.stream().mapToLong(StepExecution::getReadCount).sum(),
                workers.stream().mapToLong(StepExecution::getWriteCount).sum(),
                workers.stream().mapToLong(StepExecution::getSkipCount).sum(),
                workers.stream().mapToLong(StepExecution::getFilterCount).sum(),
                imported.files(), imported.accepted(), imported.rejected(),
                execution.getStartTime(), execution.getEndTime(), failure);
    }

    /** The partition manager step repeats its workers' counts; count the workers only. */
    private static boolean isManager(StepExecution step) {
        return step.getStepName().equals("evaluate");
    }
}
