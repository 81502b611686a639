package fr.spro.label.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.EvaluationStore.AwaitingAuditFile;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.intake.InboxReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.registry.Registry;
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.structure.Territory;
import jakarta.annotation.PreDestroy;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The campaign evaluation job, step by step:
 * <ol>
 *   <li>{@code importInbox} — the inbox files, when an inbox is given;</li>
 *   <li>{@code evaluate} — every eligible structure with a submitted self-assessment, one
 *       partition per territory over {@code campaign-job.threads} threads, evaluation upserted
 *       per (structure, campaign);</li>
 *   <li>{@code auditFiles} — the audit file of each evaluation written or changed (skipped with
 *       {@code campaign-job.audit-files=false}: the files are then rendered when first downloaded);</li>
 *   <li>{@code crefopReport} — the CREFOP regional report;</li>
 *   <li>{@code registryRefresh} — the public registry (expired labels become EXPIRE).</li>
 * </ol>
 * Each step keeps its progress in the MongoDB job repository, so running the job again after a
 * crash resumes where the last committed chunk left it.
 */
@Configuration(proxyBeanMethods = false)
class CampaignJobConfiguration {

    static final String JOB_NAME = "campaignEvaluation";
    static final String CAMPAIGN = "campaign";
    static final String INBOX = "inbox";
    static final String RUN = "run";
    static final String TERRITORY = "territory";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final int chunkSize;
    private final int threads;
    private final List<ThreadPoolTaskExecutor> executors = new CopyOnWriteArrayList<>();

    CampaignJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             @Value("${campaign-job.chunk-size:100}") int chunkSize,
                             @Value("${campaign-job.threads:2}") int threads) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.chunkSize = chunkSize;
        this.threads = threads;
    }

    @Bean
    Job campaignEvaluationJob(Step importInboxStep, Step evaluateStep, Step auditFilesStep, Step crefopReportStep,
                              Step registryRefreshStep,
                              CampaignJobListener listener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(listener)
                .start(importInboxStep)
                .next(evaluateStep)
                .next(auditFilesStep)
                .next(crefopReportStep)
                .next(registryRefreshStep)
                .build();
    }

    @Bean
    Step importInboxStep(IntakeService intake) {
        return new StepBuilder("importInbox", jobRepository).tasklet((contribution, chunkContext) -> {
            String inbox = chunkContext.getStepContext().getStepExecution().getJobParameters().getString(INBOX);
            if (inbox != null && !inbox.isBlank()) {
                InboxReport report = intake.importInbox(Path.of(inbox));
                ImportTotals.of(report).store(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step evaluateStep(Step evaluateTerritoryStep, EvaluationTotal total) {
        return new StepBuilder("evaluate", jobRepository)
                .partitioner("evaluateTerritory", byTerritory())
                .step(evaluateTerritoryStep)
                .gridSize(Territory.values().length)
                .taskExecutor(executor("evaluate-"))
                .listener(total)
                .build();
    }

    /** One partition per territory: stable across restarts, and about even in size. */
    static Partitioner byTerritory() {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            Arrays.stream(Territory.values()).forEach(territory -> {
                ExecutionContext context = new ExecutionContext();
                context.putString(TERRITORY, territory.name());
                partitions.put(territory.name(), context);
            });
            return partitions;
        };
    }

    @Bean
    Step evaluateTerritoryStep(EvaluationWorkReader evaluationWorkReader, RuleEngine rules, EvaluationStore store) {
        return new StepBuilder("evaluateTerritory", jobRepository).<EvaluationWork, Reevaluation>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(evaluationWorkReader)
                .processor(new EvaluateProcessor(rules))
                .writer(new EvaluationWriter(store))
                .build();
    }

    @Bean
    @StepScope
    EvaluationWorkReader evaluationWorkReader(Eligibility eligibility, EvaluationRequests requests, Campaigns campaigns,
                                              @Value("#{jobParameters['campaign']}") String campaign,
                                              @Value("#{stepExecutionContext['territory']}") String territory) {
        Campaign current = campaigns.find(campaign).orElseThrow();
        return new EvaluationWorkReader(eligibility, requests, current, Territory.valueOf(territory), chunkSize);
    }

    @Bean
    Step auditFilesStep(ItemReader<AwaitingAuditFile> pendingAuditReader, AuditFiles auditFiles, EvaluationStore store) {
        // PDF rendering is the costly part: items of a chunk are rendered concurrently.
        return new StepBuilder("auditFiles", jobRepository).<AwaitingAuditFile, AwaitingAuditFile>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(pendingAuditReader)
                .processor(audit -> {
                    auditFiles.ensureFor(audit.structureId(), audit.campaign());
                    return audit;
                })
                .writer(new AuditDoneWriter(store))
                .taskExecutor(executor("audit-"))
                .build();
    }

    @Bean
    @StepScope
    ItemReader<AwaitingAuditFile> pendingAuditReader(EvaluationStore store, @Value("#{jobParameters['campaign']}") String campaign,
                                                @Value("${campaign-job.audit-files:true}") boolean auditFiles) {
        // Without audit files the evaluations stay marked: a later run renders them, and every
        // download renders a missing or outdated file first, so nothing is lost by skipping.
        return auditFiles ? new PendingAuditReader(store, campaign) : () -> null;
    }

    @Bean
    Step crefopReportStep(CrefopReport report) {
        return new StepBuilder("crefopReport", jobRepository).tasklet((contribution, chunkContext) -> {
            report.store(chunkContext.getStepContext().getStepExecution().getJobParameters().getString(CAMPAIGN));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step registryRefreshStep(Registry registry) {
        return new StepBuilder("registryRefresh", jobRepository).tasklet((contribution, chunkContext) -> {
            registry.refreshAll();
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /**
     * A pool of {@code campaign-job.threads} threads kept for the application's life rather than a new
     * thread per item: the PDF renderer keeps per-thread state (fonts, text layout) that a new thread
     * rebuilt for every audit file (the audit step went from 42 to 37 s at 1,000 files, BENCHMARKS.md).
     */
    private ThreadPoolTaskExecutor executor(String prefix) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(prefix);
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setDaemon(true); // a command-line run ends without waiting for idle threads
        executor.initialize();
        executors.add(executor);
        return executor;
    }

    @PreDestroy
    void stopThreads() {
        executors.forEach(ThreadPoolTaskExecutor::shutdown);
    }
}
