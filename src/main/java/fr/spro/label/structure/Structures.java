package fr.spro.label.structure;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The member directory. */
public interface Structures extends MongoRepository<MemberStructure, String> {

    List<MemberStructure> findByTerritoryOrderByName(Territory territory);
}
