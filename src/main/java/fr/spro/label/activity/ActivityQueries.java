package fr.spro.label.activity;

import java.util.Collection;
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

    /** The activity reports of these structures for the campaign, by structure id. */
    public Map<String, ActivityReport> forStructures(String campaign, Collection<String> structureIds) {
        Map<String, ActivityReport> byStructure = new TreeMap<>();
        reports.findAllById(structureIds.stream().map(id -> ActivityReport.idOf(id, campaign)).toList())
                .forEach(r -> byStructure.put(r.structureId(), r));
        return byStructure;
    }
}
