package fr.spro.label.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Label decisions, one per (structure, campaign). */
public interface Decisions extends MongoRepository<Decision, String> {

    Optional<Decision> findByStructureIdAndCampaign(String structureId, String campaign);

    List<Decision> findByStructureIdOrderByDecidedOnDesc(String structureId);

    /** Every decision of these structures: one query for a page of them, not one per structure. */
    List<Decision> findByStructureIdIn(Collection<String> structureIds);

    List<Decision> findByCampaign(String campaign);
}
