package fr.spro.label.batch;

import java.util.List;

import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.structure.Membership;
import org.bson.Document;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** What the job tests count in the database, read straight from the collections. */
@Component
class CampaignStore {

    private final MongoTemplate mongo;
    private final JobRepository jobRepository;

    CampaignStore(MongoTemplate mongo, JobRepository jobRepository) {
        this.mongo = mongo;
        this.jobRepository = jobRepository;
    }

    /** Structures the job must evaluate: not resource partners, with a submitted self-assessment. */
    long eligible(String campaign) {
        return eligibleIds(campaign).size();
    }

    String someEligibleStructure(String campaign) {
        List<String> ids = eligibleIds(campaign);
        return ids.get(ids.size() / 2);
    }

    private List<String> eligibleIds(String campaign) {
        List<Object> partners = mongo.find(Query.query(Criteria.where("membership").is(Membership.RESOURCE_PARTNER)),
                Document.class, "structures").stream().map(d -> d.get("_id")).toList();
        return mongo.find(Query.query(Criteria.where("campaign").is(campaign).and("status").is(AssessmentStatus.SUBMITTED)
                .and("structureId").nin(partners)), Document.class, "self_assessments").stream()
                .map(d -> d.getString("structureId")).sorted().toList();
    }

    long evaluations(String campaign) {
        return mongo.count(Query.query(Criteria.where("campaign").is(campaign)), "evaluations");
    }

    long pendingAudits(String campaign) {
        return mongo.count(Query.query(Criteria.where("campaign").is(campaign).and("auditPending").is(true)), "evaluations");
    }

    /** Audit files stored in GridFS for the campaign, every version counted. */
    long auditFiles(String campaign) {
        return mongo.count(auditQuery(campaign), "reports.files");
    }

    /** Distinct (structure, campaign) keys among them. */
    long auditFileKeys(String campaign) {
        return mongo.findDistinct(auditQuery(campaign), "metadata.key", "reports.files", String.class).size();
    }

    private static Query auditQuery(String campaign) {
        return Query.query(Criteria.where("metadata.kind").is("AUDIT").and("metadata.campaign").is(campaign));
    }

    long instanceOf(long jobExecutionId) {
        return jobRepository.getJobExecution(jobExecutionId).getJobInstanceId();
    }
}
