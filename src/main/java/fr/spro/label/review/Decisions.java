package fr.spro.label.review;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.spro.label.referential.LabelDecision;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Label decisions, one per (structure, campaign). */
public interface Decisions extends MongoRepository<Decision, String> {

    Optional<Decision> findByStructureIdAndCampaign(String structureId, String campaign);

    List<Decision> findByStructureIdOrderByDecidedOnDesc(String structureId);

    List<Decision> findByCampaign(String campaign);

    /** The next decisions of this kind, in id order, after {@code afterId}: a bounded page. */
    List<Decision> findByDecisionAndIdGreaterThanOrderByIdAsc(LabelDecision decision, String afterId, Limit limit);

    /** The next decisions of this kind for one campaign, in id order, after {@code afterId}: a bounded page. */
    List<Decision> findByDecisionAndCampaignAndIdGreaterThanOrderByIdAsc(LabelDecision decision, String campaign, String afterId,
                                                                          Limit limit);

    /** Every decision with its structure code alone read (the other fields {@code null}), as a stream to close. */
    @Query(value = "{}", fields = "{ 'structureId' : 1 }")
    Stream<Decision> streamStructureIds();
}
