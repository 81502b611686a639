package fr.spro.label.structure;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a territory, so other systems reading the database find the labels. */
@Document("territories")
record TerritoryRecord(@Id String code, String label) {

    static TerritoryRecord of(Territory territory) {
        return new TerritoryRecord(territory.name(), territory.label());
    }
}
