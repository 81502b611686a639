package fr.spro.label.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Territory;

/** What the import tests find in the database before they import: two structures, one decision taken. */
public final class IntakeFixtures {

    private IntakeFixtures() {
    }

    public static MemberStructure missionLocaleDijon() {
        return new MemberStructure("ML-DIJON", "Mission locale de Dijon", Network.MISSION_LOCALE, Membership.MEMBER,
                Territory.DIJON_BEAUNE, "81728056931668", "7 rue de la République", "21000", "Dijon",
                List.of(Public.YOUTH_16_30), LocalDate.of(2023, 3, 15), "https://www.missionlocale-dijon.fr",
                "contact@missionlocale-dijon.fr", "03 25 37 58 22");
    }

    public static MemberStructure cioChenove() {
        return new MemberStructure("CIO-CHENOVE", "Centre d'information et d'orientation de Chenôve", Network.CIO,
                Membership.ASSOCIATED, Territory.DIJON_BEAUNE, "33139012851975", "49 boulevard Carnot", "21300", "Chenôve",
                List.of(Public.PUPILS, Public.STUDENTS), LocalDate.of(2023, 9, 1), null, null, null);
    }

    /** An officer's confirmed decision: the structure's answers for that campaign are locked. */
    public static Decision confirmedDecision(String structureId, String campaign) {
        return new Decision(Decision.idOf(structureId, campaign), structureId, campaign, LabelDecision.LABELLISE,
                LabelDecision.LABELLISE, null, "officier.test", LocalDate.of(Integer.parseInt(campaign) + 1, 3, 14),
                Instant.parse("2025-03-14T10:00:00Z"), LocalDate.of(Integer.parseInt(campaign) + 4, 3, 14));
    }

    public static final String STRUCTURES_HEADER =
            "id;name;network;membership;territory;siret;address;postal_code;city;publics;charter_signed_on;website;email;phone";
    public static final String ACTIVITY_HEADER = "structure_id;campaign;people_received;territorial_meetings_held;territorial_meetings_attended";
    public static final String ANSWERS_HEADER = "structure_id;campaign;question;answer;comment;evidence";

    /** A valid row of the structures format for a Mission locale of the Jura. */
    public static String structureRow(String id) {
        return id + ";Mission locale " + id + ";MISSION_LOCALE;MEMBER;JURA;54756834567143;1 rue Pasteur;39000;Lons-le-Saunier;"
                + "YOUTH_16_30;2024-01-10;https://www.ml-jura.fr;contact@ml-jura.fr;03 84 00 00 00";
    }

    /** A CSV file: the header, then the rows, each line ended by a line feed. */
    public static byte[] csv(String header, String... rows) {
        return (header + "\n" + String.join("\n", rows) + (rows.length == 0 ? "" : "\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
