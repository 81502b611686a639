package fr.spro.label.batch;

import java.util.List;
import java.util.stream.Stream;

import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.structure.Membership;
import org.bson.Document;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts, when the evaluate step starts, how many structures it has to evaluate, so the back
 * office can show "items done / total".
 */
@Component
class EvaluationTotal implements StepExecutionListener {

    static final String TOTAL = "evaluate.total";

    private final MongoTemplate mongo;

    EvaluationTotal(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String campaign = stepExecution.getJobParameters().getString(CampaignJobConfiguration.CAMPAIGN);
        stepExecution.getJobExecution().getExecutionContext().putLong(TOTAL, count(campaign));
    }

    long count(String campaign) {
        Query partners = Query.query(Criteria.where("membership").is(Membership.RESOURCE_PARTNER));
        partners.fields().include("_id");
        List<Object> partnerIds = mongo.find(partners, Document.class, "structures").stream().map(d -> d.get("_id")).toList();
        Query submitted = Query.query(Criteria.where("campaign").is(campaign).and("status").is(AssessmentStatus.SUBMITTED)
                .and("structureId").nin(partnerIds));
        submitted.fields().include("_id");
        // Ids counted here rather than count(): the embedded store holds every matched self-assessment,
        // answers included, in memory to count them (750 MB of heap at 50,000 structures).
        try (Stream<Document> ids = mongo.stream(submitted, Document.class, "self_assessments")) {
            return ids.count();
        }
    }
}
