package fr.spro.label.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Self-assessments, one per (structure, campaign). */
public interface SelfAssessments extends MongoRepository<SelfAssessment, String> {

    Optional<SelfAssessment> findByStructureIdAndCampaign(String structureId, String campaign);

    /** Every campaign's self-assessment of one structure. */
    List<SelfAssessment> findByStructureId(String structureId);

    List<SelfAssessment> findByCampaignAndStatus(String campaign, AssessmentStatus status);

    long countByCampaignAndStatus(String campaign, AssessmentStatus status);
}
