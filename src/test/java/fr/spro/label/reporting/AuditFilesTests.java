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
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.PdfDocuments;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReportsIntegrationTest
class AuditFilesTests {

    @Autowired
    AuditFiles auditFiles;
    @Autowired
    Structures structures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Decisions decisions;
    @Autowired
    DocumentStore store;

    MemberStructure structure = ReportFixtures.structureWithAccents();
    Evaluation evaluation;

    @BeforeEach
    void structureEvaluatedWithEveryOutcome() {
        campaigns.ensure(2025);
        structures.save(structure);
        decisions.deleteById(Decision.idOf(structure.id(), "2025"));
        evaluation = evaluations.save(ReportFixtures.everyOutcome(structure.id(), "2025"));
    }

    @Test
    void auditFileNamesTheStructureWithItsAccentsEveryCriterionTheOutcomesInWordsAndTheProposal() {
        String text = PdfDocuments.text(auditFiles.render(structure.id(), "2025"));

        assertThat(text).contains("ML-BELFORT-HERICOURT", "Mission locale de l'Aire urbaine Belfort – Montbéliard – Héricourt",
                "2 rue de l'Étang, 90000 Belfort", "Nord Franche-Comté", "Mission locale", "Membre (signataire de la charte)");
        assertThat(text).contains(ReportFixtures.criterionIds());
        assertThat(text).contains("Conforme", "Non-conformité mineure", "Non-conformité majeure", "À justifier", "Non applicable");
        assertThat(text).contains("Proposition de label", "Refusé", "Conformité à la charte", "Non conforme");
        assertThat(text).contains("Gratuité des services", "Droit à l'anonymat", "Amplitude d'accueil");
        assertThat(text).contains("Participation à 2 réunions territoriales", "Premier rendez-vous sous 24 jours");
        assertThat(text).contains("affichage-spro.png", "accessibilite.pdf");
        assertThat(text).contains("Date de référence", "31 décembre 2025", "Référentiel", "2025.1");
    }

    @Test
    void auditFileShowsScoresPerThemeAndOverallAndAwaitsTheOfficersDecision() {
        String text = PdfDocuments.text(auditFiles.render(structure.id(), "2025"));

        assertThat(text).contains("Scores par thème", "Égalité et simplicité d'accès 83,3", "Score global 90,7");
        assertThat(text).contains("En attente de la décision d'un agent qualité de la Région");
        assertThat(text).contains("Aucun plan d'actions pour cette campagne.");
    }

    @Test
    void everyFontOfTheAuditFileIsEmbedded() {
        byte[] pdf = auditFiles.render(structure.id(), "2025");

        assertThat(PdfDocuments.fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(PdfDocuments.fonts(pdf)).extracting(PdfDocuments.FontUse::name).allMatch(name -> name.contains("DejaVuSans"));
    }

    @Test
    void auditFileTakesTwoToFourNumberedPagesWithTheDocumentIdOnEach() {
        byte[] pdf = auditFiles.render(structure.id(), "2025");
        int pages = PdfDocuments.pages(pdf);
        String text = PdfDocuments.text(pdf);

        assertThat(pages).isBetween(2, 4);
        assertThat(text).contains("Page 1 sur " + pages, "Page " + pages + " sur " + pages);
        assertThat(text.split("Document TO-AUD-2025-ML-BELFORT-HERICOURT-", -1)).hasSize(pages + 1);
        assertThat(PdfDocuments.title(pdf)).isEqualTo("Dossier d'audit — " + structure.name() + " — campagne 2025");
    }

    @Test
    void ensureForStoresThePdfWithItsSha256AndKeepsItWhileNothingChanges() {
        StoredDocument first = auditFiles.ensureFor(structure.id(), "2025");
        StoredDocument again = auditFiles.ensureFor(structure.id(), "2025");

        assertThat(again).isEqualTo(first);
        assertThat(first.fileName()).isEqualTo("audit-ML-BELFORT-HERICOURT-2025.pdf");
        assertThat(first.structureId()).isEqualTo(structure.id());
        assertThat(first.campaign()).isEqualTo("2025");
        byte[] content = auditFiles.content(first);
        assertThat(first.sha256()).isEqualTo(Digests.sha256(content)).hasSize(64);
        assertThat(first.length()).isEqualTo(content.length);
        assertThat(PdfDocuments.text(content)).contains(first.documentId());
        assertThat(auditFiles.find(structure.id(), "2025")).contains(first);
    }

    @Test
    void aDecisionTakenAfterwardsReplacesTheStoredFileWhichThenPrintsIt() {
        StoredDocument before = auditFiles.ensureFor(structure.id(), "2025");
        decisions.save(ReportFixtures.decision(evaluation, LabelDecision.AJOURNE, LocalDate.of(2026, 3, 14),
                "Visite sur site prévue avant une nouvelle décision."));

        StoredDocument after = auditFiles.ensureFor(structure.id(), "2025");

        assertThat(after.fileId()).isNotEqualTo(before.fileId());
        assertThat(after.documentId()).isNotEqualTo(before.documentId());
        assertThat(store.count("audit/" + structure.id() + "/2025")).isEqualTo(1);
        assertThat(PdfDocuments.text(auditFiles.content(after)))
                .contains("Ajourné, le 14 mars 2026 (agent.qualite)", "Visite sur site prévue avant une nouvelle décision.");
    }

    @Test
    void aChangedEvaluationReplacesTheStoredFile() {
        StoredDocument before = auditFiles.ensureFor(structure.id(), "2025");
        evaluations.save(ReportFixtures.fullyConforme(structure.id(), "2025"));

        StoredDocument after = auditFiles.ensureFor(structure.id(), "2025");

        assertThat(after.renderedDigest()).isNotEqualTo(before.renderedDigest());
        assertThat(store.count("audit/" + structure.id() + "/2025")).isEqualTo(1);
        assertThat(PdfDocuments.text(auditFiles.content(after)))
                .contains("Conformité à la charte Conforme", "Proposition de label Labellisé").doesNotContain("Non conforme");
    }

    @Test
    void anUnknownStructureCampaignOrEvaluationIsRefusedWithItsReason() {
        assertThatThrownBy(() -> auditFiles.ensureFor("INCONNUE", "2025"))
                .isInstanceOfSatisfying(ReportUnavailable.class, e -> assertThat(e.code()).isEqualTo(ReportUnavailable.Code.STRUCTURE_NOT_FOUND))
                .hasMessage("Structure inconnue : « INCONNUE »");
        assertThatThrownBy(() -> auditFiles.ensureFor(structure.id(), "1999"))
                .isInstanceOfSatisfying(ReportUnavailable.class, e -> assertThat(e.code()).isEqualTo(ReportUnavailable.Code.CAMPAIGN_NOT_FOUND));
        campaigns.ensure(2026);
        assertThatThrownBy(() -> auditFiles.ensureFor(structure.id(), "2026"))
                .isInstanceOfSatisfying(ReportUnavailable.class, e -> assertThat(e.code()).isEqualTo(ReportUnavailable.Code.EVALUATION_NOT_FOUND))
                .hasMessageContaining("n'a pas été évaluée pour la campagne 2026");
    }
}
