package fr.spro.label.activity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One structure's activity report for one campaign as an import file gives it: the figures the
 * file has columns for. A figure the file does not give is not in the map, and keeps its stored value.
 */
public record ImportedActivityReport(String structureId, String campaign, Map<ActivityFigure, Object> figures) {

    public ImportedActivityReport {
        if (structureId == null || campaign == null) {
            throw new IllegalArgumentException("An activity report is imported for a structure and a campaign");
        }
        EnumMap<ActivityFigure, Object> given = new EnumMap<>(ActivityFigure.class);
        // Not Map.copyOf: a figure given empty is a null value, "not reported", which clears the stored one.
        given.putAll(figures);
        given.forEach((figure, value) -> {
            if (value != null && !figure.type().isInstance(value)) {
                throw new IllegalArgumentException(figure + " expects a " + figure.type().getSimpleName() + ", not " + value.getClass().getSimpleName());
            }
        });
        figures = Collections.unmodifiableMap(given);
    }
}
