package fr.spro.label.activity;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A structure's activity figures for one campaign, with the fields of the {@code activity}
 * import format. A {@code null} figure means "not reported"; the rules decide what that means
 * (for {@code territorialMeetingsHeld} the referential reads it as 4).
 */
@Document("activity_reports")
@CompoundIndex(name = "structure_campaign", def = "{'structureId': 1, 'campaign': 1}", unique = true)
public record ActivityReport(
        @Id String id,
        String structureId,
        String campaign,
        Integer peopleReceived,
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

    /** The natural key as document id: structure ids never contain {@code _}. */
    public static String idOf(String structureId, String campaign) {
        return structureId + "_" + campaign;
    }
}
