package fr.spro.label.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.batch.JobProgress;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Review;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Replays a Region's year on the demo data: the 2024 campaign is evaluated, its proposals are
 * decided as {@code decisions-2024.csv} says (empty decision = the officer confirms the proposal;
 * otherwise the officer replaces it, with the written justification), then the 2025 campaign is
 * evaluated and waits for review. The registry, certificates and CREFOP report then have content.
 */
@Component
class DemoReview {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);
    static final String DECISIONS = "decisions-2024.csv";

    private final CampaignJobs jobs;
    private final Review review;

    DemoReview(CampaignJobs jobs, Review review) {
        this.jobs = jobs;
        this.review = review;
    }

    void replay() {
        evaluate("2024");
        int decided = 0;
        for (CSVRecord row : decisions()) {
            String decision = row.get("decision");
            review.decide(row.get("structure_id"), row.get("campaign"), decision.isBlank() ? null : LabelDecision.valueOf(decision),
                    row.get("justification"), new Actor(row.get("decided_by"), "demo"), LocalDate.parse(row.get("decided_on")));
            decided++;
        }
        log.info("Demo: {} decisions of campaign 2024 taken", decided);
        evaluate("2025");
    }

    private void evaluate(String campaign) {
        try {
            JobProgress result = jobs.await(jobs.launch(campaign, null), Duration.ofMillis(100));
            if (!"COMPLETED".equals(result.status())) {
                throw new IllegalStateException("Demo: the evaluation of campaign " + campaign + " ended " + result.status()
                        + (result.failure() == null ? "" : ": " + result.failure()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo: interrupted while evaluating campaign " + campaign, e);
        }
    }

    private static Iterable<CSVRecord> decisions() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(DemoDataLoader.FOLDER + DECISIONS).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file missing from the classpath: " + DECISIONS, e);
        }
    }
}
