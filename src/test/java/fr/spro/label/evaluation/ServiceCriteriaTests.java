package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingAssociated;
import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.spro.label.referential.Outcome;
import fr.spro.label.structure.Public;
import fr.spro.label.support.RequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SRV - Offre de service (article L6111-5 du Code du travail). */
class ServiceCriteriaTests {

    @ParameterizedTest(name = "SRV-01 ressources mises à jour le {0} (référence 31/12/2025) : {1}")
    @CsvSource({"2025-12-31, CONFORME", "2024-12-31, CONFORME", "2024-12-30, NC_MINEURE", "2020-01-01, NC_MINEURE"})
    void SRV_01_resourcesUpdatedWithin365DaysOfTheReferenceDate(LocalDate updated, Outcome expected) {
        Finding finding = finding("SRV-01", aConformingMember().figure("info_resources_updated_on", updated));
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.inputs()).containsEntry("info_resources_updated_on", updated.toString())
                .containsEntry("reference_date", "2025-12-31");
    }

    @Test
    void SRV_01_explanationGivesBothDatesInFrench() {
        assertThat(finding("SRV-01", aConformingMember().figure("info_resources_updated_on", LocalDate.of(2024, 12, 30))).explanation())
                .isEqualTo("Information couvrant tous les domaines, mais ressources mises à jour le 30/12/2024 : "
                        + "plus de 365 jours avant la date de référence du 31/12/2025");
    }

    @Test
    void SRV_01_incompleteInformationIsMajorWhateverTheDate() {
        assertThat(finding("SRV-01", aConformingMember().answer("info_covers_all_domains", false)
                .figure("info_resources_updated_on", null)).outcome()).isEqualTo(Outcome.NC_MAJEURE);
    }

    @Test
    void SRV_01_missingDateOrAnswerIsAMinorNamingIt() {
        assertThat(finding("SRV-01", aConformingMember().figure("info_resources_updated_on", null)).explanation())
                .isEqualTo("Information non renseignée : info_resources_updated_on");
        assertThat(finding("SRV-01", aConformingMember().unanswered("info_covers_all_domains")).explanation())
                .isEqualTo("Information non renseignée : info_covers_all_domains");
    }

    @Test
    void SRV_02_notApplicableWhenTheStructureDoesNotReceiveThe16To30() {
        Finding finding = finding("SRV-02", aConformingMember().publics(Public.ADULTS, Public.EMPLOYEES)
                .answer("youth_rights_info", false));
        assertThat(finding.outcome()).isEqualTo(Outcome.NON_APPLICABLE);
        assertThat(finding.explanation()).contains("16-30 ans");
        assertThat(finding.inputs()).containsEntry("publics", java.util.List.of("ADULTS", "EMPLOYEES"));
        assertThat(finding("SRV-02", aConformingMember().publics()).outcome()).isEqualTo(Outcome.NON_APPLICABLE);
    }

    @ParameterizedTest(name = "SRV-02 public 16-30 ans, youth_rights_info={0} : {1}")
    @CsvSource(nullValues = "-", value = {"true, CONFORME", "false, NC_MAJEURE", "-, NC_MINEURE"})
    void SRV_02_appliesToStructuresReceivingThe16To30(Boolean informed, Outcome expected) {
        RequestBuilder request = aConformingMember().publics(Public.YOUTH_16_30);
        request = informed == null ? request.unanswered("youth_rights_info") : request.answer("youth_rights_info", informed);
        assertThat(finding("SRV-02", request).outcome()).isEqualTo(expected);
    }

    @Test
    void SRV_03_noPersonalisedAdviceIsMajorForAMemberAndMinorForAnAssociated() {
        assertThat(finding("SRV-03", aConformingMember().answer("personalised_advice_offered", false)).outcome())
                .isEqualTo(Outcome.NC_MAJEURE);
        Finding associated = finding("SRV-03", aConformingAssociated().answer("personalised_advice_offered", false));
        assertThat(associated.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(associated.inputs()).containsEntry("membership", "ASSOCIATED");
    }

    @ParameterizedTest(name = "SRV-03 conseil proposé, {0} entretiens : {1}")
    @CsvSource(nullValues = "-", value = {"1, CONFORME", "820, CONFORME", "0, NC_MINEURE", "-, NC_MINEURE"})
    void SRV_03_adviceOfferedNeedsAtLeastOneSession(Integer sessions, Outcome expected) {
        Finding finding = finding("SRV-03", aConformingMember().figure("personalised_advice_sessions", sessions));
        assertThat(finding.outcome()).isEqualTo(expected);
        if (sessions == null) {
            assertThat(finding.explanation()).isEqualTo("Information non renseignée : personalised_advice_sessions");
        }
    }

    @Test
    void SRV_03_unansweredIsAMinor() {
        assertThat(finding("SRV-03", aConformingMember().unanswered("personalised_advice_offered")).explanation())
                .isEqualTo("Information non renseignée : personalised_advice_offered");
    }

    @ParameterizedTest(name = "SRV-04 procédure={0}, {1} orientations, procédure jointe={2} : {3}")
    @CsvSource(nullValues = "-", value = {
            "true,  1,  true,  CONFORME",
            "true,  46, false, A_JUSTIFIER",
            "true,  0,  true,  NC_MINEURE",
            "true,  0,  false, NC_MINEURE",
            "true,  -,  true,  NC_MINEURE",
            "false, 46, true,  NC_MAJEURE"})
    void SRV_04_referralProcedureReferralsAndEvidence(boolean procedure, Integer referrals, boolean attached, Outcome expected) {
        RequestBuilder request = aConformingMember().answer("referral_procedure", procedure).figure("referrals_to_members", referrals);
        if (!attached) {
            request.withoutEvidence("referral_procedure");
        }
        assertThat(finding("SRV-04", request).outcome()).isEqualTo(expected);
    }

    @Test
    void SRV_04_unansweredIsAMinor() {
        assertThat(finding("SRV-04", aConformingMember().unanswered("referral_procedure")).explanation())
                .isEqualTo("Information non renseignée : referral_procedure");
    }

    @ParameterizedTest(name = "SRV-05 regional_tools_promoted={0} : {1}")
    @CsvSource(nullValues = "-", value = {"true, CONFORME", "false, NC_MINEURE", "-, NC_MINEURE"})
    void SRV_05_regionalToolsAreAtWorstAMinor(Boolean promoted, Outcome expected) {
        RequestBuilder request = promoted == null ? aConformingMember().unanswered("regional_tools_promoted")
                : aConformingMember().answer("regional_tools_promoted", promoted);
        assertThat(finding("SRV-05", request).outcome()).isEqualTo(expected);
    }
}
