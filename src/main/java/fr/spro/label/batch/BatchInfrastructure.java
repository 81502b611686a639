package fr.spro.label.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.bson.Document;
import org.springframework.batch.core.configuration.support.DefaultBatchConfiguration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.MongoJobRepositoryFactoryBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch keeps its job metadata in the application's MongoDB, so a job that died — by an
 * exception or {@code kill -9} — restarts from its last committed chunk, in this process or
 * another. (The default resourceless repository forgets everything and re-runs from the start.)
 * Steps share the application's transaction manager: real transactions on a replica set, none on
 * the embedded store, where the writers are idempotent instead.
 */
@Configuration(proxyBeanMethods = false)
class BatchInfrastructure extends DefaultBatchConfiguration {

    private static final String SCHEMA = "org/springframework/batch/core/schema-mongodb.jsonl";

    private final MongoDatabaseFactory databaseFactory;
    private final MappingMongoConverter applicationConverter;
    private final PlatformTransactionManager transactionManager;

    BatchInfrastructure(MongoDatabaseFactory databaseFactory, MappingMongoConverter applicationConverter,
                        PlatformTransactionManager transactionManager) {
        this.databaseFactory = databaseFactory;
        this.applicationConverter = applicationConverter;
        this.transactionManager = transactionManager;
    }

    @Bean
    @Override
    public JobRepository jobRepository() {
        MongoTemplate metadata = metadataTemplate();
        createSchemaOnce(metadata);
        MongoJobRepositoryFactoryBean factory = new MongoJobRepositoryFactoryBean();
        factory.setMongoOperations(metadata);
        factory.setTransactionManager(transactionManager);
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("Dépôt des travaux Spring Batch impossible à initialiser", e);
        }
    }

    @Override
    protected PlatformTransactionManager getTransactionManager() {
        return transactionManager;
    }

    /** Jobs run in the background: a launch returns its id at once, for the progress bar. */
    @Override
    protected TaskExecutor getTaskExecutor() {
        return new SimpleAsyncTaskExecutor("campaign-job-");
    }

    /**
     * The application's mapping (java.time and all), except that execution-context keys contain dots
     * ("batch.version"), which this converter lets through.
     */
    private MongoTemplate metadataTemplate() {
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(databaseFactory),
                applicationConverter.getMappingContext());
        converter.setCustomConversions(applicationConverter.getCustomConversions());
        converter.setMapKeyDotReplacement(".");
        converter.afterPropertiesSet();
        return new MongoTemplate(databaseFactory, converter);
    }

    /** Runs Spring Batch's MongoDB schema script the first time only (it is not idempotent). */
    static void createSchemaOnce(MongoTemplate metadata) {
        if (metadata.collectionExists("BATCH_SEQUENCES")) {
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(SCHEMA).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank())
                    .forEach(line -> metadata.executeCommand(Document.parse(line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
