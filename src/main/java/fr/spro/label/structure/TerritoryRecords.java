package fr.spro.label.structure;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TerritoryRecords extends MongoRepository<TerritoryRecord, String> {
}
