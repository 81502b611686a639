package fr.spro.label.structurespace;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.activity.ActivityReport;

/**
 * The figures of the activity report (data-formats.md, "activity"), by the column names of the
 * import format, in form order and grouped as the form shows them. The form only collects them:
 * checking them is the importer's job, the same for a form as for a file.
 */
final class ActivityFigures {

    enum Kind { INTEGER, DECIMAL, DATE }

    record Figure(String column, Kind kind) {
    }

    record Group(String key, List<Figure> figures) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("reception", List.of(
                    new Figure("people_received", Kind.INTEGER),
                    new Figure("advisers_fte", Kind.DECIMAL),
                    new Figure("opening_hours_per_week", Kind.DECIMAL),
                    new Figure("weeks_closed", Kind.INTEGER),
                    new Figure("first_appointment_delay_days", Kind.INTEGER))),
            new Group("service", List.of(
                    new Figure("info_resources_updated_on", Kind.DATE),
                    new Figure("personalised_advice_sessions", Kind.INTEGER),
                    new Figure("referrals_to_members", Kind.INTEGER))),
            new Group("network", List.of(
                    new Figure("territorial_meetings_held", Kind.INTEGER),
                    new Figure("territorial_meetings_attended", Kind.INTEGER),
                    new Figure("inspiring_practice_sessions", Kind.INTEGER),
                    new Figure("co_constructed_actions", Kind.INTEGER),
                    new Figure("local_partnerships", Kind.INTEGER),
                    new Figure("professionalisation_participations", Kind.INTEGER),
                    new Figure("sector_webinars_attended", Kind.INTEGER))),
            new Group("quality", List.of(
                    new Figure("satisfaction_respondents", Kind.INTEGER),
                    new Figure("satisfaction_rate", Kind.DECIMAL),
                    new Figure("complaints_received", Kind.INTEGER),
                    new Figure("complaints_answered_30d", Kind.INTEGER),
                    new Figure("company_events", Kind.INTEGER))));

    static final List<String> COLUMNS = GROUPS.stream().flatMap(g -> g.figures().stream()).map(Figure::column).toList();

    private ActivityFigures() {
    }

    static String fieldId(String column) {
        return "figure-" + column;
    }

    /** The stored report's figures as the form shows them (empty: not reported). */
    static Map<String, String> of(ActivityReport report) {
        Map<String, String> figures = new LinkedHashMap<>();
        COLUMNS.forEach(column -> figures.put(column, ""));
        if (report == null) {
            return figures;
        }
        put(figures, "people_received", report.peopleReceived());
        put(figures, "advisers_fte", report.advisersFte());
        put(figures, "opening_hours_per_week", report.openingHoursPerWeek());
        put(figures, "weeks_closed", report.weeksClosed());
        put(figures, "first_appointment_delay_days", report.firstAppointmentDelayDays());
        put(figures, "info_resources_updated_on", report.infoResourcesUpdatedOn());
        put(figures, "personalised_advice_sessions", report.personalisedAdviceSessions());
        put(figures, "referrals_to_members", report.referralsToMembers());
        put(figures, "territorial_meetings_held", report.territorialMeetingsHeld());
        put(figures, "territorial_meetings_attended", report.territorialMeetingsAttended());
        put(figures, "inspiring_practice_sessions", report.inspiringPracticeSessions());
        put(figures, "co_constructed_actions", report.coConstructedActions());
        put(figures, "local_partnerships", report.localPartnerships());
        put(figures, "professionalisation_participations", report.professionalisationParticipations());
        put(figures, "sector_webinars_attended", report.sectorWebinarsAttended());
        put(figures, "satisfaction_respondents", report.satisfactionRespondents());
        put(figures, "satisfaction_rate", report.satisfactionRate());
        put(figures, "complaints_received", report.complaintsReceived());
        put(figures, "complaints_answered_30d", report.complaintsAnswered30d());
        put(figures, "company_events", report.companyEvents());
        return figures;
    }

    private static void put(Map<String, String> figures, String column, Object value) {
        if (value instanceof Double decimal) {
            // 37.0 shows as 37, 2.5 as 2.5: what a person typed, not what a double prints.
            figures.put(column, decimal == Math.rint(decimal) ? String.valueOf(decimal.longValue()) : decimal.toString());
        } else if (value instanceof LocalDate date) {
            figures.put(column, date.toString());
        } else if (value != null) {
            figures.put(column, value.toString());
        }
    }
}
