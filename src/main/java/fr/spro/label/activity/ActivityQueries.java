package fr.spro.label.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.spro.label.store.IdBatches;
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
     * The activity reports of these structures for the campaign, those sent: for a page of another
     * module's list, looked up by document id (the natural key) a hundred at a time.
     */
    public List<ActivityReport> ofStructures(String campaign, Collection<String> structureIds) {
        List<String> ids = structureIds.stream().map(id -> ActivityReport.idOf(id, campaign)).toList();
        return IdBatches.findAll(ids, reports::findAllById);
    }
}
