package fr.spro.label.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import fr.spro.label.assessment.CampaignRefused;
import fr.spro.label.assessment.Campaigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
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
     * execution id. Refused when the campaign is not a year or when its job already runs
     * ({@link JobRefused}), and when it was never opened ({@link CampaignRefused}): a launch never
     * creates a campaign.
     */
    public long launch(String campaign, Path inbox) {
        if (campaign == null || !campaign.matches("\\d{4}")) {
            throw new JobRefused(JobRefused.Code.BAD_CAMPAIGN, "Campagne invalide : « " + campaign + " » (une année sur 4 chiffres est attendue)");
        }
        if (campaigns.find(campaign).isEmpty()) {
            throw CampaignRefused.unknown(campaign);
        }
        if (locks.tryAcquire(campaign).isEmpty()) {
            throw new JobRefused(JobRefused.Code.JOB_ALREADY_RUNNING,
                    "L'évaluation de la campagne " + campaign + " est déjà en cours ; attendez sa fin avant de la relancer.");
        }
        try {
            return startOrResume(campaign, inbox).getId();
        } catch (Exception e) {
            locks.release(campaign);
            throw new IllegalStateException("Lancement de l'évaluation de la campagne " + campaign + " impossible : "
                    + e.getMessage(), e);
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
        // A new run is a new job instance: the launch time tells it apart from every earlier one.
        long run = System.currentTimeMillis();
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
        // An instance may hold no execution at all when its launch failed before the first one.
        return instances().flatMap(i -> repository.getJobExecutions(i).stream())
                .filter(e -> campaign.equals(e.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN)))
                .max(java.util.Comparator.comparingLong(JobExecution::getId));
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
        List<StepExecution> steps = distinct(execution.getStepExecutions());
        String current = steps.stream().map(StepExecution::getStepName).filter(name -> !name.contains(":"))
                .reduce((first, last) -> last).orElse(null);
        List<StepExecution> evaluations = steps.stream().filter(CampaignJobs::evaluatesATerritory).toList();
        // A resumed run goes on from the committed chunks of the runs before it: count them all.
        long evaluated = repository.getJobExecutions(execution.getJobInstance()).stream()
                .flatMap(e -> distinct(e.getStepExecutions()).stream()).filter(CampaignJobs::evaluatesATerritory)
                .mapToLong(s -> s.getWriteCount() + s.getFilterCount()).sum();
        long auditFiles = steps.stream().filter(s -> s.getStepName().equals("auditFiles")).mapToLong(StepExecution::getWriteCount).sum();
        ImportTotals imported = ImportTotals.from(execution.getExecutionContext());
        return new JobProgress(execution.getId(), execution.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN),
                execution.getStatus().name(), current,
                execution.getExecutionContext().getLong(EvaluationTotal.TOTAL, 0L), evaluated,
                evaluations.stream().mapToLong(StepExecution::getReadCount).sum(),
                evaluations.stream().mapToLong(StepExecution::getWriteCount).sum(),
                steps.stream().mapToLong(StepExecution::getSkipCount).sum(),
                evaluations.stream().mapToLong(StepExecution::getFilterCount).sum(),
                auditFiles, imported.files(), imported.accepted(), imported.rejected(),
                execution.getStartTime(), execution.getEndTime(), failure(execution, steps));
    }

    /**
     * Why a job failed, as the repository kept it: the exit description of the first failed step
     * (failure exceptions live only in the process that ran the job), reduced to its root cause.
     */
    private static String failure(JobExecution execution, List<StepExecution> steps) {
        return steps.stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                // a partition's own failure says more than its manager's "unsuccessful step"
                .sorted(java.util.Comparator.comparing((StepExecution s) -> !s.getStepName().contains(":")))
                .map(s -> s.getExitStatus().getExitDescription())
                .filter(d -> d != null && !d.isBlank())
                .findFirst()
                .or(() -> Optional.ofNullable(execution.getExitStatus().getExitDescription()).filter(d -> !d.isBlank()))
                .map(CampaignJobs::rootCause)
                .orElse(null);
    }

    /** The root cause of a stored stack trace: its last "Caused by" line, else its first line. */
    private static String rootCause(String description) {
        List<String> lines = description.lines().toList();
        return lines.stream().filter(line -> line.startsWith("Caused by: ")).reduce((first, last) -> last)
                .map(line -> line.substring("Caused by: ".length())).orElse(lines.get(0));
    }

    private static boolean evaluatesATerritory(StepExecution step) {
        return step.getStepName().startsWith("evaluateTerritory:");
    }

    private static List<StepExecution> distinct(Collection<StepExecution> steps) {
        return steps.stream().collect(java.util.stream.Collectors.toMap(StepExecution::getId, s -> s, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }
}
