package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.referential.Outcome;
import fr.spro.label.support.RequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ACC - Égalité et simplicité d'accès. */
class AccessCriteriaTests {

    @ParameterizedTest(name = "ACC-01 free_of_charge={0} : {1}")
    @CsvSource({"true, CONFORME", "false, NC_MAJEURE"})
    void ACC_01_freeServicesOrMajor(boolean free, Outcome expected) {
        Finding finding = finding("ACC-01", aConformingMember().answer("free_of_charge", free));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.inputs()).containsEntry("free_of_charge", free);
    }

    @Test
    void ACC_01_unansweredIsAMinorNamingTheAnswer() {
        Finding finding = finding("ACC-01", aConformingMember().unanswered("free_of_charge"));
        assertThat(finding.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(finding.explanation()).isEqualTo("Information non renseignée : free_of_charge");
        assertThat(finding.inputs()).containsEntry("free_of_charge", null);
    }

    @ParameterizedTest(name = "ACC-02 accessible={0} registre={1} alternatif={2} preuve={3} : {4}")
    @CsvSource(nullValues = "-", value = {
            "true,  true,  -,     true,  CONFORME",
            "true,  true,  -,     false, A_JUSTIFIER",
            "true,  false, -,     true,  NC_MINEURE",
            "false, -,     true,  true,  NC_MINEURE",
            "false, -,     false, true,  NC_MAJEURE",
            "false, true,  false, false, NC_MAJEURE"})
    void ACC_02_accessibilityRegisterAndAlternativeReception(Boolean accessible, Boolean register, Boolean alternative,
                                                             boolean evidence, Outcome expected) {
        RequestBuilder request = aConformingMember();
        set(request, "premises_accessible", accessible);
        set(request, "accessibility_register", register);
        set(request, "alternative_reception", alternative);
        if (!evidence) {
            request.withoutEvidence("accessibility_register");
        }
        assertThat(finding("ACC-02", request).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ACC-02 sans {0} : information non renseignée")
    @CsvSource({"premises_accessible, true", "accessibility_register, true", "alternative_reception, false"})
    void ACC_02_decidesNothingWithoutTheAnswerItNeeds(String missing, boolean accessible) {
        RequestBuilder request = aConformingMember().answer("premises_accessible", accessible).unanswered(missing);
        Finding finding = finding("ACC-02", request);
        assertThat(finding.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(finding.explanation()).isEqualTo("Information non renseignée : " + missing);
    }

    @Test
    void ACC_02_registerWithoutEvidenceIsToJustifyAndSaysWhat() {
        Finding finding = finding("ACC-02", aConformingMember().withoutEvidence("accessibility_register"));
        assertThat(finding.outcome()).isEqualTo(Outcome.A_JUSTIFIER);
        assertThat(finding.explanation()).contains("registre n'est pas joint");
        assertThat(finding.inputs()).containsEntry("accessibility_register_evidence", false);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void ACC_02_conformeListsTheEvidenceOfTheRegister() {
        Finding finding = finding("ACC-02", aConformingMember());
        assertThat(finding.outcome()).isEqualTo(Outcome.CONFORME);
        assertThat(finding.evidence()).containsExactly("accessibility_register.pdf");
    }

    @ParameterizedTest(name = "ACC-03 à {0} h par semaine : {1}")
    @CsvSource({"24, CONFORME", "23.9, NC_MINEURE", "15, NC_MINEURE", "14.9, NC_MAJEURE", "0, NC_MAJEURE", "60, CONFORME"})
    void ACC_03_openingHoursThresholds(double hours, Outcome expected) {
        Finding finding = finding("ACC-03", aConformingMember().figure("opening_hours_per_week", hours));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.inputs()).containsEntry("opening_hours_per_week", hours);
    }

    @Test
    void ACC_03_explanationGivesTheHoursAndTheThresholdInFrench() {
        assertThat(finding("ACC-03", aConformingMember().figure("opening_hours_per_week", 23.9)).explanation())
                .isEqualTo("Ouverture au public de 23,9 h par semaine : seuil de conformité 24 h");
        assertThat(finding("ACC-03", aConformingMember().figure("opening_hours_per_week", 14.9)).explanation())
                .isEqualTo("Ouverture au public de 14,9 h par semaine : moins de 15 h, seuil de conformité 24 h");
    }

    @Test
    void ACC_03_notReportedOrNoActivityReportIsAMinorNamingTheFigure() {
        assertThat(finding("ACC-03", aConformingMember().figure("opening_hours_per_week", null)).explanation())
                .isEqualTo("Information non renseignée : opening_hours_per_week");
        Finding withoutReport = finding("ACC-03", aConformingMember().noActivityReport());
        assertThat(withoutReport.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(withoutReport.explanation()).isEqualTo("Information non renseignée : opening_hours_per_week");
    }

    @ParameterizedTest(name = "ACC-04 {0} semaines fermées, canal à distance={1} : {2}")
    @CsvSource(nullValues = "-", value = {
            "0, -,     CONFORME",
            "3, -,     CONFORME",
            "3, false, CONFORME",
            "4, true,  CONFORME",
            "6, true,  CONFORME",
            "4, false, NC_MINEURE",
            "6, false, NC_MINEURE",
            "7, true,  NC_MINEURE",
            "7, false, NC_MAJEURE",
            "52, false, NC_MAJEURE"})
    void ACC_04_weeksClosedAndRemoteChannel(int weeks, Boolean remote, Outcome expected) {
        RequestBuilder request = aConformingMember().figure("weeks_closed", weeks);
        set(request, "remote_channel", remote);
        assertThat(finding("ACC-04", request).outcome()).isEqualTo(expected);
    }

    @Test
    void ACC_04_threeWeeksNeedNoRemoteChannelButFourDo() {
        Finding three = finding("ACC-04", aConformingMember().figure("weeks_closed", 3).unanswered("remote_channel"));
        assertThat(three.outcome()).isEqualTo(Outcome.CONFORME);
        assertThat(three.inputs()).containsOnlyKeys("weeks_closed");
        Finding four = finding("ACC-04", aConformingMember().figure("weeks_closed", 4).unanswered("remote_channel"));
        assertThat(four.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(four.explanation()).isEqualTo("Information non renseignée : remote_channel");
        assertThat(finding("ACC-04", aConformingMember().figure("weeks_closed", null)).explanation())
                .isEqualTo("Information non renseignée : weeks_closed");
    }

    @Test
    void ACC_04_explanationCountsTheWeeksInFrench() {
        assertThat(finding("ACC-04", aConformingMember().figure("weeks_closed", 1)).explanation())
                .isEqualTo("Fermeture de 1 semaine dans l'année : seuil de conformité 3 semaines");
        assertThat(finding("ACC-04", aConformingMember().figure("weeks_closed", 7).answer("remote_channel", false)).explanation())
                .isEqualTo("Fermeture de 7 semaines dans l'année sans canal à distance : plus de 6 semaines");
    }

    @ParameterizedTest(name = "ACC-05 premier rendez-vous en {0} jours : {1}")
    @CsvSource({"0, CONFORME", "10, CONFORME", "11, NC_MINEURE", "20, NC_MINEURE", "21, NC_MAJEURE"})
    void ACC_05_firstAppointmentDelayThresholds(int days, Outcome expected) {
        Finding finding = finding("ACC-05", aConformingMember().figure("first_appointment_delay_days", days));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.explanation()).contains(days + " jour").contains("10 jours");
    }

    @Test
    void ACC_05_notReportedIsAMinor() {
        assertThat(finding("ACC-05", aConformingMember().figure("first_appointment_delay_days", null)).explanation())
                .isEqualTo("Information non renseignée : first_appointment_delay_days");
    }

    @ParameterizedTest(name = "ACC-06 formation={0} attestation={1} : {2}")
    @CsvSource({"true, true, CONFORME", "true, false, A_JUSTIFIER", "false, false, NC_MINEURE", "false, true, NC_MINEURE"})
    void ACC_06_trainingAndItsCertificate(boolean trained, boolean certificate, Outcome expected) {
        RequestBuilder request = aConformingMember().answer("anti_discrimination_training", trained);
        if (!certificate) {
            request.withoutEvidence("anti_discrimination_training");
        }
        assertThat(finding("ACC-06", request).outcome()).isEqualTo(expected);
    }

    @Test
    void ACC_06_unansweredIsAMinor() {
        assertThat(finding("ACC-06", aConformingMember().unanswered("anti_discrimination_training")).explanation())
                .isEqualTo("Information non renseignée : anti_discrimination_training");
    }

    private static void set(RequestBuilder request, String question, Boolean value) {
        if (value == null) {
            request.unanswered(question);
        } else {
            request.answer(question, value);
        }
    }
}
