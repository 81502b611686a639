package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingAssociated;
import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.referential.Outcome;
import fr.spro.label.support.RequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NET - Ancrage territorial et animation du réseau. */
class NetworkCriteriaTests {

    @ParameterizedTest(name = "NET-01 {1} réunions sur {0} tenues : {2}")
    @CsvSource(nullValues = "-", value = {
            "4,  4, CONFORME",
            "4,  3, CONFORME",
            "4,  2, NC_MINEURE",
            "4,  1, NC_MAJEURE",
            "4,  0, NC_MAJEURE",
            "8,  6, CONFORME",
            "3,  2, NC_MINEURE",
            "12, 5, NC_MAJEURE",
            "-,  3, CONFORME",
            "-,  2, NC_MINEURE",
            "-,  1, NC_MAJEURE"})
    void NET_01_shareOfTerritorialMeetingsAttended(Integer held, int attended, Outcome expected) {
        Finding finding = finding("NET-01", aConformingMember().figure("territorial_meetings_held", held)
                .figure("territorial_meetings_attended", attended));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.inputs()).containsEntry("territorial_meetings_attended", attended)
                .containsEntry("territorial_meetings_held", held == null ? 4 : held);
    }

    @Test
    void NET_01_explainsAsTheReferentialDoes() {
        Finding finding = finding("NET-01", aConformingMember().figure("territorial_meetings_held", 4)
                .figure("territorial_meetings_attended", 2));
        assertThat(finding.explanation()).isEqualTo("Participation à 2 réunions territoriales sur 4 (50 %) : seuil de conformité 75 %");
        assertThat(finding("NET-01", aConformingMember().figure("territorial_meetings_held", 3)
                .figure("territorial_meetings_attended", 2)).explanation())
                .isEqualTo("Participation à 2 réunions territoriales sur 3 (66,6 %) : seuil de conformité 75 %");
    }

    @Test
    void NET_01_heldEmptyCountsFourMeetings() {
        Finding finding = finding("NET-01", aConformingMember().figure("territorial_meetings_held", null)
                .figure("territorial_meetings_attended", 3));
        assertThat(finding.explanation()).isEqualTo("Participation à 3 réunions territoriales sur 4 (75 %) : seuil de conformité 75 %");
    }

    @ParameterizedTest(name = "NET-01 aucune réunion tenue, {0} participations : non applicable")
    @CsvSource(nullValues = "-", value = {"0", "-"})
    void NET_01_noMeetingHeldIsNotApplicable(Integer attended) {
        Finding finding = finding("NET-01", aConformingMember().figure("territorial_meetings_held", 0)
                .figure("territorial_meetings_attended", attended));
        assertThat(finding.outcome()).isEqualTo(Outcome.NON_APPLICABLE);
        assertThat(finding.explanation()).isEqualTo("Non applicable : aucune réunion territoriale tenue dans l'année");
    }

    @Test
    void NET_01_attendanceNotReportedIsAMinor() {
        Finding finding = finding("NET-01", aConformingMember().figure("territorial_meetings_attended", null));
        assertThat(finding.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(finding.explanation()).isEqualTo("Information non renseignée : territorial_meetings_attended");
    }

    @ParameterizedTest(name = "NET-02 {0} participations aux espaces de pratiques inspirantes : {1}")
    @CsvSource(nullValues = "-", value = {"1, CONFORME", "5, CONFORME", "0, NC_MINEURE", "-, NC_MINEURE"})
    void NET_02_atLeastOneInspiringPracticeSession(Integer sessions, Outcome expected) {
        assertThat(finding("NET-02", aConformingMember().figure("inspiring_practice_sessions", sessions)).outcome())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} membre, {2}={1} : {3}")
    @CsvSource(nullValues = "-", value = {
            "NET-03, 1, co_constructed_actions, CONFORME",
            "NET-03, 0, co_constructed_actions, NC_MINEURE",
            "NET-03, -, co_constructed_actions, NC_MINEURE",
            "NET-04, 1, local_partnerships, CONFORME",
            "NET-04, 0, local_partnerships, NC_MINEURE",
            "NET-04, -, local_partnerships, NC_MINEURE"})
    void NET_03_04_atLeastOneForMembers(String criterion, Integer count, String column, Outcome expected) {
        Finding finding = finding(criterion, aConformingMember().figure(column, count));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.inputs()).containsEntry(column, count);
    }

    @ParameterizedTest(name = "{0} membre associé : non applicable")
    @CsvSource({"NET-03, co_constructed_actions", "NET-04, local_partnerships"})
    void NET_03_04_notApplicableToAssociatedMembers(String criterion, String column) {
        Finding finding = finding(criterion, aConformingAssociated().figure(column, 0));
        assertThat(finding.outcome()).isEqualTo(Outcome.NON_APPLICABLE);
        assertThat(finding.explanation()).isEqualTo("Non applicable aux membres associés");
    }

    @ParameterizedTest(name = "NET-05 affichage={0} photo ou lien={1} : {2}")
    @CsvSource({"true, true, CONFORME", "true, false, A_JUSTIFIER", "false, false, NC_MINEURE"})
    void NET_05_sproIdentityAndItsEvidence(boolean displayed, boolean evidence, Outcome expected) {
        RequestBuilder request = aConformingMember().answer("spro_identity_displayed", displayed);
        if (!evidence) {
            request.withoutEvidence("spro_identity_displayed");
        }
        assertThat(finding("NET-05", request).outcome()).isEqualTo(expected);
    }

    @Test
    void NET_05_unansweredIsAMinor() {
        assertThat(finding("NET-05", aConformingMember().unanswered("spro_identity_displayed")).explanation())
                .isEqualTo("Information non renseignée : spro_identity_displayed");
    }
}
