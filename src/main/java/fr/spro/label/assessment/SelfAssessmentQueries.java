package fr.spro.label.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.spro.label.store.IdBatches;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The self-assessments' exported queries: how other modules read them. Several structures are
 * looked up by their documents' natural ids ({@link SelfAssessment#idOf}), an index read on every
 * store, where a query on {@code structureId} makes the embedded store scan the collection.
 */
@Component
public class SelfAssessmentQueries {

    private final SelfAssessments assessments;
    private final MongoTemplate mongo;

    SelfAssessmentQueries(SelfAssessments assessments, MongoTemplate mongo) {
        this.assessments = assessments;
        this.mongo = mongo;
    }

    /** The self-assessment of one structure for one campaign. */
    public Optional<SelfAssessment> find(String structureId, String campaign) {
        return assessments.findById(SelfAssessment.idOf(structureId, campaign));
    }

    /** The submitted self-assessments of these structures for the campaign, by structure id. */
    public Map<String, SelfAssessment> submitted(String campaign, Collection<String> structureIds) {
        Map<String, SelfAssessment> byStructure = new TreeMap<>();
        IdBatches.findAll(ids(campaign, structureIds), assessments::findAllById).forEach(a -> {
            if (a.isSubmitted()) {
                byStructure.put(a.structureId(), a);
            }
        });
        return byStructure;
    }

    /**
     * How many of these structures have submitted their self-assessment for the campaign, answers
     * left unread. Asked by id alone, the status read and compared here: with the status in the
     * query too, the embedded store scanned every self-assessment for each batch of ids (over a
     * quarter of an hour to count 50,000 structures).
     */
    public long countSubmitted(String campaign, Collection<String> structureIds) {
        String submitted = AssessmentStatus.SUBMITTED.name();
        return IdBatches.findAll(ids(campaign, structureIds), batch -> {
            Query query = Query.query(Criteria.where("_id").in(batch));
            query.fields().include("status");
            return mongo.find(query, Document.class, mongo.getCollectionName(SelfAssessment.class));
        }).stream().filter(document -> submitted.equals(document.getString("status"))).count();
    }

    private static List<String> ids(String campaign, Collection<String> structureIds) {
        return structureIds.stream().map(id -> SelfAssessment.idOf(id, campaign)).toList();
    }

    /**
     * The self-assessments of these structures for the campaign, those started, without their
     * answers: what a dashboard needs of a page of structures (status and dates), in one query.
     * Looked up by document id (the natural key); the answers, most of each document, stay unread.
     */
    public List<SelfAssessment> summariesOf(String campaign, Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return assessments.findWithoutAnswersByIdIn(structureIds.stream().map(id -> SelfAssessment.idOf(id, campaign)).toList());
    }

    /**
     * Whether one of the structure's own answers, in any campaign, names this evidence file: a
     * structure may download only the files it attached. Answers are a map keyed by question, so
     * the check reads the structure's self-assessments (one a campaign) rather than querying a path.
     */
    public boolean namesEvidence(String structureId, String fileId) {
        return assessments.findByStructureId(structureId).stream()
                .flatMap(assessment -> assessment.answers().values().stream())
                .flatMap(answer -> answer.evidence().stream())
                .anyMatch(ref -> fileId.equals(ref.fileId()));
    }
}
