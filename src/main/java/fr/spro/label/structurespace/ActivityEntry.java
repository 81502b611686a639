package fr.spro.label.structurespace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.intake.EvidenceSource;
import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.ImportScope;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.review.DecisionQueries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A structure's own activity report, from the form or from a file, always through the importer:
 * the form's figures become one record of the import format, checked and written exactly as a
 * row of an imported file. Only the structure's own rows for the current campaign are accepted,
 * and only while that campaign is open and its label decision not taken (so a decision never
 * changes under an officer).
 */
@Component
class ActivityEntry {

    static final String FORM_FILE = "formulaire-activite.json";

    private final IntakeService intake;
    private final DecisionQueries decisions;
    private final Journal journal;
    private final ObjectMapper json;

    ActivityEntry(IntakeService intake, DecisionQueries decisions, Journal journal, ObjectMapper json) {
        this.intake = intake;
        this.decisions = decisions;
        this.journal = journal;
        this.json = json;
    }

    /** Why the structure may no longer change its report for the campaign: {@code CAMPAIGN_CLOSED} or {@code DECIDED}. */
    Optional<String> closed(String structureId, Campaign campaign) {
        if (!campaign.isOpen()) {
            return Optional.of("CAMPAIGN_CLOSED");
        }
        return decisions.find(structureId, campaign.id()).isPresent() ? Optional.of("DECIDED") : Optional.empty();
    }

    /** Saves the figures typed in the form (an empty one: not reported); the report says what was refused. */
    ImportReport save(String structureId, String campaign, Map<String, String> typed, Actor actor) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("structure_id", structureId);
        record.put("campaign", campaign);
        for (String column : ActivityFigures.COLUMNS) {
            String value = typed.get(column);
            record.put(column, value == null ? "" : value.strip());
        }
        ImportReport report = intake.importFile(ImportKind.ACTIVITY, FORM_FILE, json.writeValueAsBytes(List.of(record)),
                EvidenceSource.none(), ImportScope.ownRows(structureId, campaign));
        if (report.accepted() > 0) {
            journal.record(actor, JournalAction.ACTIVITY_REPORT_SAVED, structureId + "/" + campaign, null, "formulaire");
        }
        return report;
    }

    /** Imports the structure's own activity file; rows of another structure or campaign are rejected. */
    ImportReport upload(String structureId, String campaign, String fileName, byte[] content, Actor actor) {
        ImportReport report = intake.importFile(ImportKind.ACTIVITY, fileName, content, EvidenceSource.none(),
                ImportScope.ownRows(structureId, campaign));
        journal.record(actor, JournalAction.IMPORT, fileName, null, report.accepted() + " acceptées, " + report.rejected() + " rejetées");
        return report;
    }
}
