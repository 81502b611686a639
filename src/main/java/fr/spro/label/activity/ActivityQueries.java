package fr.spro.label.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The activity reports' exported queries: how other modules read them. Several structures are
 * looked up by their reports' natural ids ({@link ActivityReport#idOf}), an index read on every store.
 */
@Component
public class ActivityQueries {

    private final ActivityReports reports;

    ActivityQueries(ActivityReports reports) {
        this.reports = reports;
    }

    /** The activity report of one structure for one campaign. */
    public Optional<ActivityReport> find(String structureId, String campaign) {
        return reports.findById(ActivityReport.idOf(structureId, campaign));
    }

    /** The activity reports of these structures for the campaign, by structure id (see {@link #ofStructures}). */
    public Map<String, ActivityReport> forStructures(String campaign, Collection<String> structureIds) {
        Map<String, ActivityReport> byStructure = new TreeMap<>();
        ofStructures(campaign, structureIds).forEach(r -> byStructure.put(r.structureId(), r));
        return byStructure;
    }

    /**
     * Ids per lookup by document id: the embedded store compares each document found with the whole
     * list of ids, so one list of thousands costs its square; a hundred at a time stays linear.
     */
    private static final int LOOKUP_BATCH = 100;

    /**
     * The activity reports of these structures for the campaign, those sent: for a page of another
     * module's list, looked up by document id (the natural key) a hundred at a time.
     */
    public List<ActivityReport> ofStructures(String campaign, Collection<String> structureIds) {
        List<String> ids = structureIds.stream().map(id -> ActivityReport.idOf(id, campaign)).toList();
        List<ActivityReport> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            found.addAll(reports.findAllById(ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH))));
        }
        return found;
    }
}
