package fr.spro.label.evaluation.facts;

import java.time.LocalDate;

/**
 * The activity figures of the campaign that the referential uses ({@code a.xxx}), named as the
 * import columns in camel case; {@code null} when not reported. {@code territorialMeetingsHeld}
 * stays {@code null} when empty: the rule file says what that means.
 */
public record Activity(
        Double advisersFte,
        Double openingHoursPerWeek,
        Integer weeksClosed,
        Integer firstAppointmentDelayDays,
        LocalDate infoResourcesUpdatedOn,
        Integer personalisedAdviceSessions,
        Integer referralsToMembers,
        Integer territorialMeetingsHeld,
        Integer territorialMeetingsAttended,
        Integer inspiringPracticeSessions,
        Integer coConstructedActions,
        Integer localPartnerships,
        Integer professionalisationParticipations,
        Integer sectorWebinarsAttended,
        Integer satisfactionRespondents,
        Double satisfactionRate,
        Integer complaintsReceived,
        Integer complaintsAnswered30d,
        Integer companyEvents) {
}
