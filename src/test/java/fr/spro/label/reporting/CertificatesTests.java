package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.PdfDocuments;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReportsIntegrationTest
class CertificatesTests {

    @Autowired
    Certificates certificates;
    @Autowired
    Structures structures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Decisions decisions;

    Evaluation evaluation;

    @BeforeEach
    void associatedMemberEvaluatedWithThreeMinorFindings() {
        campaigns.ensure(2025);
        structures.save(ReportFixtures.structure("CIO-CHENOVE", "Centre d'information et d'orientation de Chenôve",
                Territory.DIJON_BEAUNE, Network.CIO, Membership.ASSOCIATED, LocalDate.of(2023, 9, 1)));
        decisions.deleteById(Decision.idOf("CIO-CHENOVE", "2025"));
        evaluation = evaluations.save(ReportFixtures.withConditions("CIO-CHENOVE", "2025"));
    }

    @Test
    void aLabelGrantedUnderConditionsGetsAOnePageCertificateWithItsVerificationUrl() {
        decisions.save(ReportFixtures.confirmed(evaluation, LocalDate.of(2026, 3, 14)));

        byte[] pdf = certificates.certificate("CIO-CHENOVE", "2025");
        String text = PdfDocuments.text(pdf);

        assertThat(PdfDocuments.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Certificat de labellisation", "Label « Territoire d'Orientation »",
                "Centre d'information et d'orientation de Chenôve", "CIO-CHENOVE", "Labellisé sous conditions",
                "14 mars 2026", "14 mars 2029", "2025.1", "http://localhost:8080/registre/CIO-CHENOVE", "TO-CERT-2025-CIO-CHENOVE-");
        assertThat(PdfDocuments.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    }

    @Test
    void theVerificationUrlIsTheRegistryEntryUnderThePublicBaseUrl() {
        assertThat(certificates.verificationUrl("ML-DIJON")).isEqualTo("http://localhost:8080/registre/ML-DIJON");
    }

    @Test
    void aDecisionThatDoesNotGrantTheLabelGetsNoCertificate() {
        decisions.save(ReportFixtures.decision(evaluation, LabelDecision.AJOURNE, LocalDate.of(2026, 3, 14), "Visite à programmer."));

        assertThatThrownBy(() -> certificates.certificate("CIO-CHENOVE", "2025"))
                .isInstanceOfSatisfying(ReportUnavailable.class, e -> assertThat(e.code()).isEqualTo(ReportUnavailable.Code.LABEL_NOT_GRANTED))
                .hasMessageContaining("n'accorde pas le label (Ajourné)");
    }

    @Test
    void aProposalNotYetDecidedGetsNoCertificate() {
        assertThatThrownBy(() -> certificates.certificate("CIO-CHENOVE", "2025"))
                .isInstanceOfSatisfying(ReportUnavailable.class, e -> assertThat(e.code()).isEqualTo(ReportUnavailable.Code.DECISION_NOT_FOUND));
    }
}
