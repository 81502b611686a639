package fr.spro.label.activity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The activity reports' exported queries: how other modules read them. */
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
}
