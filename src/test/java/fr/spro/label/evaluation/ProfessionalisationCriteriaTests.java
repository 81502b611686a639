package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingAssociated;
import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.referential.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRO - Professionnalisation. */
class ProfessionalisationCriteriaTests {

    @ParameterizedTest(name = "PRO-01 {1} participations pour {0} ETP (attendu {2}) : {3}")
    @CsvSource({
            "6.5, 4, 4, CONFORME",
            "6.5, 3, 4, NC_MINEURE",
            "5,   3, 3, CONFORME",
            "5,   2, 3, NC_MINEURE",
            "2,   2, 2, CONFORME",
            "0.5, 2, 2, CONFORME",
            "2,   1, 2, NC_MINEURE",
            "12,  6, 6, CONFORME",
            "12,  5, 6, NC_MINEURE"})
    void PRO_01_participationsAgainstMaxOfTwoAndHalfTheAdvisers(double fte, int participations, int expectedTarget, Outcome expected) {
        Finding finding = finding("PRO-01", aConformingMember().figure("advisers_fte", fte)
                .figure("professionalisation_participations", participations));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.explanation()).contains("seuil de conformité " + expectedTarget);
    }

    @Test
    void PRO_01_noParticipationIsMajorForAMemberAndMinorForAnAssociated() {
        assertThat(finding("PRO-01", aConformingMember().figure("professionalisation_participations", 0)).outcome())
                .isEqualTo(Outcome.NC_MAJEURE);
        assertThat(finding("PRO-01", aConformingAssociated().figure("professionalisation_participations", 0)).outcome())
                .isEqualTo(Outcome.NC_MINEURE);
    }

    @Test
    void PRO_01_oneParticipationIsMinorEvenWithoutTheNumberOfAdvisers() {
        Finding finding = finding("PRO-01", aConformingMember().figure("advisers_fte", null)
                .figure("professionalisation_participations", 1));
        assertThat(finding.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(finding.explanation()).doesNotContain("non renseignée").contains("au moins 2");
    }

    @Test
    void PRO_01_withoutTheNumberOfAdvisersTwoOrMoreCannotBeDecided() {
        Finding finding = finding("PRO-01", aConformingMember().figure("advisers_fte", null)
                .figure("professionalisation_participations", 3));
        assertThat(finding.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(finding.explanation()).isEqualTo("Information non renseignée : advisers_fte");
        assertThat(finding("PRO-01", aConformingMember().figure("professionalisation_participations", null)).explanation())
                .isEqualTo("Information non renseignée : professionalisation_participations");
    }

    @ParameterizedTest(name = "PRO-02 {0} webinaires : {1}")
    @CsvSource(nullValues = "-", value = {"3, CONFORME", "4, CONFORME", "2, NC_MINEURE", "0, NC_MINEURE", "-, NC_MINEURE"})
    void PRO_02_atLeastThreeSectorWebinars(Integer webinars, Outcome expected) {
        assertThat(finding("PRO-02", aConformingMember().figure("sector_webinars_attended", webinars)).outcome())
                .isEqualTo(expected);
    }
}
