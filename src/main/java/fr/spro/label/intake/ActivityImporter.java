package fr.spro.label.intake;

import static fr.spro.label.intake.schema.Checks.between;
import static fr.spro.label.intake.schema.Checks.matches;
import static fr.spro.label.intake.schema.Checks.notNegative;
import static fr.spro.label.intake.schema.Column.optional;
import static fr.spro.label.intake.schema.Column.required;
import static fr.spro.label.intake.schema.FieldTypes.date;
import static fr.spro.label.intake.schema.FieldTypes.decimal;
import static fr.spro.label.intake.schema.FieldTypes.integer;
import static fr.spro.label.intake.schema.FieldTypes.text;
import static fr.spro.label.intake.schema.FieldTypes.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.spro.label.activity.ActivityFigure;
import fr.spro.label.activity.ActivityReportImport;
import fr.spro.label.activity.ImportedActivityReport;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.RowCheck;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.structure.Directory;
import org.springframework.stereotype.Component;

/**
 * Activity reports ({@code activity}): stored by structure id and campaign through the activity
 * module's own import, for known structures and campaigns that were opened.
 */
@Component
class ActivityImporter implements KindImporter<ActivityImporter.Upsert> {

    /** The referential reads an empty number of meetings held as 4 (referential.md, NET-01). */
    static final int DEFAULT_MEETINGS_HELD = 4;

    static final Column<String> STRUCTURE_ID = required("structure_id", text(), matches(StructureImporter.STRUCTURE_ID, RejectionCode.INVALID_ID));
    static final Column<String> CAMPAIGN = required("campaign", year());
    static final Column<Integer> PEOPLE_RECEIVED = count("people_received");
    static final Column<Double> ADVISERS_FTE = optional("advisers_fte", decimal(), notNegative());
    static final Column<Double> OPENING_HOURS = optional("opening_hours_per_week", decimal(), between(0, 168));
    static final Column<Integer> WEEKS_CLOSED = optional("weeks_closed", integer(), between(0, 52));
    static final Column<Integer> FIRST_APPOINTMENT_DELAY = count("first_appointment_delay_days");
    static final Column<LocalDate> INFO_UPDATED_ON = optional("info_resources_updated_on", date());
    static final Column<Integer> ADVICE_SESSIONS = count("personalised_advice_sessions");
    static final Column<Integer> REFERRALS = count("referrals_to_members");
    static final Column<Integer> MEETINGS_HELD = optional("territorial_meetings_held", integer(), between(0, 12));
    static final Column<Integer> MEETINGS_ATTENDED = count("territorial_meetings_attended");
    static final Column<Integer> INSPIRING_SESSIONS = count("inspiring_practice_sessions");
    static final Column<Integer> CO_CONSTRUCTED = count("co_constructed_actions");
    static final Column<Integer> PARTNERSHIPS = count("local_partnerships");
    static final Column<Integer> PROFESSIONALISATION = count("professionalisation_participations");
    static final Column<Integer> WEBINARS = count("sector_webinars_attended");
    static final Column<Integer> RESPONDENTS = count("satisfaction_respondents");
    static final Column<Double> SATISFACTION_RATE = optional("satisfaction_rate", decimal(), between(0, 100));
    static final Column<Integer> COMPLAINTS_RECEIVED = count("complaints_received");
    static final Column<Integer> COMPLAINTS_ANSWERED = count("complaints_answered_30d");
    static final Column<Integer> COMPANY_EVENTS = count("company_events");

    /** Attended at most held, an empty "held" counting as 4. */
    static final RowCheck ATTENDED_AT_MOST_HELD = row -> {
        Integer attended = row.get(MEETINGS_ATTENDED);
        int held = Optional.ofNullable(row.get(MEETINGS_HELD)).orElse(DEFAULT_MEETINGS_HELD);
        return attended != null && attended > held
                ? Optional.of(Problem.of(RejectionCode.ATTENDED_GT_HELD, MEETINGS_ATTENDED.name(), attended.toString()).with("detail", held))
                : Optional.empty();
    };

    /** Complaints answered within 30 days at most those received, when both are reported. */
    static final RowCheck ANSWERED_AT_MOST_RECEIVED = row -> {
        Integer answered = row.get(COMPLAINTS_ANSWERED);
        Integer received = row.get(COMPLAINTS_RECEIVED);
        return answered != null && received != null && answered > received
                ? Optional.of(Problem.of(RejectionCode.ANSWERED_GT_RECEIVED, COMPLAINTS_ANSWERED.name(), answered.toString()).with("detail", received))
                : Optional.empty();
    };

    /** File column to report figure, in format order. */
    private static final List<Map.Entry<Column<?>, ActivityFigure>> FIGURES = List.of(
            Map.entry(PEOPLE_RECEIVED, ActivityFigure.PEOPLE_RECEIVED), Map.entry(ADVISERS_FTE, ActivityFigure.ADVISERS_FTE),
            Map.entry(OPENING_HOURS, ActivityFigure.OPENING_HOURS_PER_WEEK), Map.entry(WEEKS_CLOSED, ActivityFigure.WEEKS_CLOSED),
            Map.entry(FIRST_APPOINTMENT_DELAY, ActivityFigure.FIRST_APPOINTMENT_DELAY_DAYS),
            Map.entry(INFO_UPDATED_ON, ActivityFigure.INFO_RESOURCES_UPDATED_ON),
            Map.entry(ADVICE_SESSIONS, ActivityFigure.PERSONALISED_ADVICE_SESSIONS), Map.entry(REFERRALS, ActivityFigure.REFERRALS_TO_MEMBERS),
            Map.entry(MEETINGS_HELD, ActivityFigure.TERRITORIAL_MEETINGS_HELD),
            Map.entry(MEETINGS_ATTENDED, ActivityFigure.TERRITORIAL_MEETINGS_ATTENDED),
            Map.entry(INSPIRING_SESSIONS, ActivityFigure.INSPIRING_PRACTICE_SESSIONS),
            Map.entry(CO_CONSTRUCTED, ActivityFigure.CO_CONSTRUCTED_ACTIONS), Map.entry(PARTNERSHIPS, ActivityFigure.LOCAL_PARTNERSHIPS),
            Map.entry(PROFESSIONALISATION, ActivityFigure.PROFESSIONALISATION_PARTICIPATIONS),
            Map.entry(WEBINARS, ActivityFigure.SECTOR_WEBINARS_ATTENDED), Map.entry(RESPONDENTS, ActivityFigure.SATISFACTION_RESPONDENTS),
            Map.entry(SATISFACTION_RATE, ActivityFigure.SATISFACTION_RATE), Map.entry(COMPLAINTS_RECEIVED, ActivityFigure.COMPLAINTS_RECEIVED),
            Map.entry(COMPLAINTS_ANSWERED, ActivityFigure.COMPLAINTS_ANSWERED_30D), Map.entry(COMPANY_EVENTS, ActivityFigure.COMPANY_EVENTS));

    static final Schema SCHEMA = new Schema(
            List.of(STRUCTURE_ID, CAMPAIGN, PEOPLE_RECEIVED, ADVISERS_FTE, OPENING_HOURS, WEEKS_CLOSED,
                    FIRST_APPOINTMENT_DELAY, INFO_UPDATED_ON, ADVICE_SESSIONS, REFERRALS, MEETINGS_HELD,
                    MEETINGS_ATTENDED, INSPIRING_SESSIONS, CO_CONSTRUCTED, PARTNERSHIPS, PROFESSIONALISATION,
                    WEBINARS, RESPONDENTS, SATISFACTION_RATE, COMPLAINTS_RECEIVED, COMPLAINTS_ANSWERED, COMPANY_EVENTS),
            List.of(STRUCTURE_ID, CAMPAIGN),
            List.of(ATTENDED_AT_MOST_HELD, ANSWERED_AT_MOST_RECEIVED));

    private final ActivityReportImport reports;
    private final Directory directory;
    private final Campaigns campaigns;

    ActivityImporter(ActivityReportImport reports, Directory directory, Campaigns campaigns) {
        this.reports = reports;
        this.directory = directory;
        this.campaigns = campaigns;
    }

    /** A count: a whole number, zero or more. */
    private static Column<Integer> count(String name) {
        return optional(name, integer(), notNegative());
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ACTIVITY;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Resolution<Upsert> resolve(List<Row> rows, EvidenceSource evidence) {
        Set<String> known = directory.knownAmong(rows.stream().map(row -> row.get(STRUCTURE_ID)).toList());
        Set<String> opened = campaigns.existing(rows.stream().map(row -> row.get(CAMPAIGN)).toList());
        List<Accepted<Upsert>> accepted = new ArrayList<>(rows.size());
        List<Rejected> rejected = new ArrayList<>();
        for (Row row : rows) {
            String structureId = row.get(STRUCTURE_ID);
            String campaign = row.get(CAMPAIGN);
            if (!known.contains(structureId)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.UNKNOWN_STRUCTURE, STRUCTURE_ID.name(), structureId)));
            } else if (!opened.contains(campaign)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.UNKNOWN_CAMPAIGN, CAMPAIGN.name(), campaign)));
            } else {
                accepted.add(new Accepted<>(row.line(), upsert(row)));
            }
        }
        return new Resolution<>(accepted, rejected);
    }

    private static Upsert upsert(Row row) {
        Map<ActivityFigure, Object> figures = new EnumMap<>(ActivityFigure.class);
        for (Map.Entry<Column<?>, ActivityFigure> figure : FIGURES) {
            if (row.has(figure.getKey())) {
                figures.put(figure.getValue(), row.get(figure.getKey()));
            }
        }
        return new Upsert(new ImportedActivityReport(row.get(STRUCTURE_ID), row.get(CAMPAIGN), figures));
    }

    /** The activity module keeps the figures the file does not give. */
    @Override
    public void write(List<Accepted<Upsert>> chunk, WriteContext context) {
        reports.storeReports(chunk.stream().map(row -> row.write().report()).toList(), context.run());
    }

    /** One report with the figures the file gives. */
    record Upsert(ImportedActivityReport report) {
    }
}
