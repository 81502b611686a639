package fr.spro.label.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Self-assessments, one per (structure, campaign). */
public interface SelfAssessments extends MongoRepository<SelfAssessment, String> {

    Optional<SelfAssessment> findByStructureIdAndCampaign(String structureId, String campaign);

    /** Every campaign's self-assessment of one structure. */
    List<SelfAssessment> findByStructureId(String structureId);

    List<SelfAssessment> findByCampaignAndStatus(String campaign, AssessmentStatus status);

    long countByCampaignAndStatus(String campaign, AssessmentStatus status);

    /** These self-assessments without their answers (the bulk of each document), those that exist. */
    @Query(value = "{ '_id': { '$in': ?0 } }", fields = "{ 'answers': 0 }")
    List<SelfAssessment> findWithoutAnswersByIdIn(Collection<String> ids);
}
