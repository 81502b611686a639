package fr.spro.label.structure;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the ten territories at start-up; saving by code makes it idempotent. */
@Component
class TerritorySeeder {

    private final TerritoryRecords territories;

    TerritorySeeder(TerritoryRecords territories) {
        this.territories = territories;
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        territories.saveAll(Arrays.stream(Territory.values()).map(TerritoryRecord::of).toList());
    }
}
