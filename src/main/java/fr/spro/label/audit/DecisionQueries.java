package fr.spro.label.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fr.spro.label.referential.LabelDecision;
import org.springframework.data.domain.Limit;
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

    /**
     * The decisions on these structures for the campaign, those taken: for a page of another
     * module's list, in one query. Looked up by document id (the natural key), not by field.
     */
    public List<Decision> ofStructures(String campaign, Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return decisions.findAllById(structureIds.stream().map(id -> Decision.idOf(id, campaign)).toList());
    }

    /**
     * Hands the decisions of this kind over a page at a time, in id order, for one campaign or for
     * all ({@code campaign} null): a follow-up across campaigns grows with the structures, so it is
     * never read in one unbounded answer.
     */
    public void forEachPageDeciding(LabelDecision decision, String campaign, int pageSize, Consumer<List<Decision>> page) {
        String lastId = "";
        while (true) {
            List<Decision> taken = campaign == null
                    ? decisions.findByDecisionAndIdGreaterThanOrderByIdAsc(decision, lastId, Limit.of(pageSize))
                    : decisions.findByDecisionAndCampaignAndIdGreaterThanOrderByIdAsc(decision, campaign, lastId, Limit.of(pageSize));
            if (taken.isEmpty()) {
                return;
            }
            page.accept(taken);
            if (taken.size() < pageSize) {
                return;
            }
            lastId = taken.get(taken.size() - 1).id();
        }
    }
}
