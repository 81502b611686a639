package fr.spro.label.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The label decisions' exported queries: how other modules read them. */
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
}
