package fr.spro.label.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The label decisions' exported queries: how other modules read them. Several structures are
 * looked up by their decisions' natural ids ({@link Decision#idOf}), an index read on every store.
 */
@Component
public class DecisionQueries {

    private final Decisions decisions;

    DecisionQueries(Decisions decisions) {
        this.decisions = decisions;
    }

    /** The decision on one structure for one campaign, if taken. */
    public Optional<Decision> find(String structureId, String campaign) {
        return decisions.findById(Decision.idOf(structureId, campaign));
    }

    /** Every decision on one structure, the latest first. */
    public List<Decision> ofStructure(String structureId) {
        return decisions.findByStructureIdOrderByDecidedOnDesc(structureId);
    }

    /** The decisions taken on these structures for the campaign, by structure id. */
    public Map<String, Decision> forStructures(String campaign, Collection<String> structureIds) {
        Map<String, Decision> byStructure = new TreeMap<>();
        decisions.findAllById(structureIds.stream().map(id -> Decision.idOf(id, campaign)).toList())
                .forEach(d -> byStructure.put(d.structureId(), d));
        return byStructure;
    }
}
