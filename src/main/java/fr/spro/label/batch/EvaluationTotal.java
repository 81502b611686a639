package fr.spro.label.batch;

import java.util.List;

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
        return mongo.count(Query.query(Criteria.where("campaign").is(campaign).and("status").is(AssessmentStatus.SUBMITTED)
                .and("structureId").nin(partnerIds)), "self_assessments");
    }
}
