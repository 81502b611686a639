package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.referential.Outcome;
import fr.spro.label.support.RequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QUA - Qualité de service et amélioration continue. */
class QualityCriteriaTests {

    @ParameterizedTest(name = "QUA-01 {0} répondants, satisfaction {1} % : {2}")
    @CsvSource(nullValues = "-", value = {
            "10,  80,   CONFORME",
            "10,  79.9, NC_MINEURE",
            "120, 60,   NC_MINEURE",
            "120, 59.9, NC_MAJEURE",
            "9,   95,   NC_MINEURE",
            "0,   -,    NC_MINEURE"})
    void QUA_01_sampleThenSatisfactionRate(int respondents, Double rate, Outcome expected) {
        assertThat(finding("QUA-01", aConformingMember().figure("satisfaction_respondents", respondents)
                .figure("satisfaction_rate", rate)).outcome()).isEqualTo(expected);
    }

    @Test
    void QUA_01_aSmallSampleIsSaidSo() {
        assertThat(finding("QUA-01", aConformingMember().figure("satisfaction_respondents", 9)).explanation())
                .startsWith("Échantillon insuffisant : 9 répondants");
        assertThat(finding("QUA-01", aConformingMember().figure("satisfaction_respondents", 120)
                .figure("satisfaction_rate", 79.9)).explanation())
                .isEqualTo("Taux de satisfaction de 79,9 % (120 répondants) : seuil de conformité 80 %");
    }

    @Test
    void QUA_01_missingFiguresAreMinorsNamingThem() {
        assertThat(finding("QUA-01", aConformingMember().figure("satisfaction_respondents", null)).explanation())
                .isEqualTo("Information non renseignée : satisfaction_respondents");
        assertThat(finding("QUA-01", aConformingMember().figure("satisfaction_rate", null)).explanation())
                .isEqualTo("Information non renseignée : satisfaction_rate");
    }

    @ParameterizedTest(name = "QUA-02 {1} traitées sous 30 jours sur {0} : {2}")
    @CsvSource({"10, 10, CONFORME", "10, 9, CONFORME", "10, 8, NC_MINEURE", "10, 7, NC_MINEURE", "10, 6, NC_MAJEURE",
            "30, 27, CONFORME", "30, 21, NC_MINEURE", "30, 20, NC_MAJEURE", "3, 2, NC_MAJEURE"})
    void QUA_02_shareOfComplaintsAnsweredWithin30Days(int received, int answered, Outcome expected) {
        Finding finding = finding("QUA-02", aConformingMember().figure("complaints_received", received)
                .figure("complaints_answered_30d", answered));
        assertThat(finding.outcome()).isEqualTo(expected);
    }

    @Test
    void QUA_02_noComplaintReceivedIsConformeWithoutFurtherFigures() {
        Finding finding = finding("QUA-02", aConformingMember().figure("complaints_received", 0)
                .figure("complaints_answered_30d", null));
        assertThat(finding.outcome()).isEqualTo(Outcome.CONFORME);
    }

    @Test
    void QUA_02_noProcedureIsMinorWhateverTheFigures() {
        assertThat(finding("QUA-02", aConformingMember().answer("complaints_procedure", false)
                .figure("complaints_received", null)).outcome()).isEqualTo(Outcome.NC_MINEURE);
    }

    @ParameterizedTest(name = "QUA-02 sans {0} : information non renseignée")
    @CsvSource({"complaints_received", "complaints_answered_30d"})
    void QUA_02_missingFiguresAreMinorsNamingThem(String column) {
        assertThat(finding("QUA-02", aConformingMember().figure(column, null)).explanation())
                .isEqualTo("Information non renseignée : " + column);
        assertThat(finding("QUA-02", aConformingMember().unanswered("complaints_procedure")).explanation())
                .isEqualTo("Information non renseignée : complaints_procedure");
    }

    @ParameterizedTest(name = "QUA-03 previous_action_plan={0} : {1}")
    @CsvSource(nullValues = "-", value = {"NONE, NON_APPLICABLE", "DONE, CONFORME", "PARTIAL, NC_MINEURE",
            "NOT_DONE, NC_MAJEURE", "-, NC_MINEURE", "PEUT-ETRE, NC_MINEURE"})
    void QUA_03_followUpOfThePreviousActionPlan(String answer, Outcome expected) {
        RequestBuilder request = answer == null ? aConformingMember().unanswered("previous_action_plan")
                : aConformingMember().answer("previous_action_plan", answer);
        assertThat(finding("QUA-03", request).outcome()).isEqualTo(expected);
    }
}
