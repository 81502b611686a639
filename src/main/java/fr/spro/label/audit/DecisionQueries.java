package fr.spro.label.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import org.springframework.stereotype.Component;

/** The label decisions' exported queries: how other modules read them. */
@Component
public class DecisionQueries {

    private final Decisions decisions;
    private final Campaigns campaigns;

    DecisionQueries(Decisions decisions, Campaigns campaigns) {
        this.decisions = decisions;
        this.campaigns = campaigns;
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
     * Ids per lookup by document id: the embedded store compares each document found with the whole
     * list of ids, so one list of thousands costs its square; a hundred at a time stays linear.
     */
    private static final int LOOKUP_BATCH = 100;

    /**
     * The decisions on these structures for the campaign, those taken: for a page of another
     * module's list. Looked up by document id (the natural key), not by field: the embedded store
     * answers a query on {@code structureId} by reading every decision.
     */
    public List<Decision> ofStructures(String campaign, Collection<String> structureIds) {
        return byIds(structureIds.stream().map(id -> Decision.idOf(id, campaign)).toList());
    }

    /**
     * The decisions on these structures of every campaign up to {@code campaign} included, oldest
     * campaign first: what replaying their labels as a campaign left them needs, for a page of
     * structures. Looked up by document id over the campaigns opened up to it (a decision is only
     * taken on an evaluation of an opened campaign), so the cost follows the page, not the collection.
     */
    public List<Decision> ofStructuresUpTo(String campaign, Collection<String> structureIds) {
        List<String> ids = new ArrayList<>();
        for (Campaign opened : campaigns.all()) {
            if (opened.id().compareTo(campaign) <= 0) { // 4-digit years: their ids compare as the years do
                structureIds.forEach(id -> ids.add(Decision.idOf(id, opened.id())));
            }
        }
        return byIds(ids);
    }

    /**
     * Every decision on these structures, whatever the campaign: what replaying their labels needs,
     * for a page of structures in one query rather than one per structure.
     */
    public List<Decision> ofStructuresEveryCampaign(Collection<String> structureIds) {
        return decisions.findByStructureIdIn(structureIds);
    }

    /**
     * The codes of the structures with at least one decision, each once, in code order: the
     * structures a public registry may list. One pass over the decisions, the code alone read, so
     * what is held grows with the directory, not with the years of decisions.
     */
    public List<String> decidedStructures() {
        try (Stream<Decision> decided = decisions.streamStructureIds()) {
            return List.copyOf(decided.map(Decision::structureId).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private List<Decision> byIds(List<String> ids) {
        List<Decision> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            found.addAll(decisions.findAllById(ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH))));
        }
        return found;
    }
}
