package fr.spro.label.activity;

import java.time.LocalDate;

/**
 * The figures of an activity report an import may give, each with the {@link ActivityReport}
 * property it is stored as and the type of its value ({@code null}: not reported).
 */
public enum ActivityFigure {

    PEOPLE_RECEIVED("peopleReceived", Integer.class),
    ADVISERS_FTE("advisersFte", Double.class),
    OPENING_HOURS_PER_WEEK("openingHoursPerWeek", Double.class),
    WEEKS_CLOSED("weeksClosed", Integer.class),
    FIRST_APPOINTMENT_DELAY_DAYS("firstAppointmentDelayDays", Integer.class),
    INFO_RESOURCES_UPDATED_ON("infoResourcesUpdatedOn", LocalDate.class),
    PERSONALISED_ADVICE_SESSIONS("personalisedAdviceSessions", Integer.class),
    REFERRALS_TO_MEMBERS("referralsToMembers", Integer.class),
    TERRITORIAL_MEETINGS_HELD("territorialMeetingsHeld", Integer.class),
    TERRITORIAL_MEETINGS_ATTENDED("territorialMeetingsAttended", Integer.class),
    INSPIRING_PRACTICE_SESSIONS("inspiringPracticeSessions", Integer.class),
    CO_CONSTRUCTED_ACTIONS("coConstructedActions", Integer.class),
    LOCAL_PARTNERSHIPS("localPartnerships", Integer.class),
    PROFESSIONALISATION_PARTICIPATIONS("professionalisationParticipations", Integer.class),
    SECTOR_WEBINARS_ATTENDED("sectorWebinarsAttended", Integer.class),
    SATISFACTION_RESPONDENTS("satisfactionRespondents", Integer.class),
    SATISFACTION_RATE("satisfactionRate", Double.class),
    COMPLAINTS_RECEIVED("complaintsReceived", Integer.class),
    COMPLAINTS_ANSWERED_30D("complaintsAnswered30d", Integer.class),
    COMPANY_EVENTS("companyEvents", Integer.class);

    private final String property;
    private final Class<?> type;

    ActivityFigure(String property, Class<?> type) {
        this.property = property;
        this.type = type;
    }

    /** The document property: known to this module only, so the file format and the store can differ. */
    String property() {
        return property;
    }

    Class<?> type() {
        return type;
    }
}
