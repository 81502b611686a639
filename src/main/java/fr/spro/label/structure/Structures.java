package fr.spro.label.structure;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The member directory. */
public interface Structures extends MongoRepository<MemberStructure, String> {

    List<MemberStructure> findByTerritoryOrderByName(Territory territory);

    /** The next structures, in code order, after {@code afterId}, but for those of this membership: a bounded page. */
    List<MemberStructure> findByMembershipNotAndIdGreaterThanOrderByIdAsc(Membership membership, String afterId, Limit limit);
}
