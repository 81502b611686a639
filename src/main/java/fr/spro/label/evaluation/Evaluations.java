package fr.spro.label.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Stored evaluations, one per (structure, campaign). */
public interface Evaluations extends MongoRepository<Evaluation, String> {

    Optional<Evaluation> findByStructureIdAndCampaign(String structureId, String campaign);

    List<Evaluation> findByCampaign(String campaign);

    /** Every campaign's evaluation of one structure. */
    List<Evaluation> findByStructureId(String structureId);

    long countByCampaign(String campaign);

    /** Any one evaluation of the campaign: to know whether it has some, which counting them costs far more on the embedded store. */
    Optional<Evaluation> findFirstByCampaign(String campaign);
}
