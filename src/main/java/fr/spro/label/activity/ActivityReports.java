package fr.spro.label.activity;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Activity reports, one per (structure, campaign). */
public interface ActivityReports extends MongoRepository<ActivityReport, String> {

    Optional<ActivityReport> findByStructureIdAndCampaign(String structureId, String campaign);
}
