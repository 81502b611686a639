package fr.spro.label.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.reporting.ReportsIntegrationTest;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@ReportsIntegrationTest
class ReportDownloadsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Structures structures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Decisions decisions;

    /** An officer's request; who may read what is the security configuration's business, not tested here. */
    private static MockHttpServletRequestBuilder officer(String path) {
        return MockMvcRequestBuilders.get(path).with(user("agent.qualite").roles("OFFICER"));
    }

    @BeforeEach
    void twoEvaluatedStructuresOneLabelledOneRefused() {
        campaigns.ensure(2030);
        structures.save(ReportFixtures.structure("WEB-LABEL", "Maison de l'information sur la formation et l'emploi de Mâcon",
                Territory.SAONE_SEILLE, Network.MIFE, Membership.MEMBER, LocalDate.of(2023, 3, 15)));
        structures.save(ReportFixtures.structure("WEB-REFUS", "Point Information Jeunesse de Château-Chinon",
                Territory.NIEVRE, Network.INFORMATION_JEUNESSE, Membership.MEMBER, LocalDate.of(2023, 3, 15)));
        Evaluation labelled = evaluations.save(ReportFixtures.fullyConforme("WEB-LABEL", "2030"));
        Evaluation refused = evaluations.save(ReportFixtures.everyOutcome("WEB-REFUS", "2030"));
        decisions.save(ReportFixtures.confirmed(labelled, LocalDate.of(2031, 2, 3)));
        decisions.save(ReportFixtures.decision(refused, LabelDecision.REFUSE, LocalDate.of(2031, 2, 3), null));
    }

    @Test
    void theAuditFileDownloadsAsPdfNamedAfterTheStructureAndCampaign() throws Exception {
        byte[] pdf = mvc.perform(officer("/api/campaigns/2030/evaluations/WEB-LABEL/audit.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("audit-WEB-LABEL-2030.pdf")))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(PdfDocuments.text(pdf)).contains("WEB-LABEL", "Labellisé, le 3 février 2031");
    }

    @Test
    void anAuditFileOfAnUnknownStructureOrCampaignAnswers404WithTheJsonError() throws Exception {
        mvc.perform(officer("/api/campaigns/2030/evaluations/INCONNUE/audit.pdf"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("STRUCTURE_NOT_FOUND"))
                .andExpect(jsonPath("$.message").value("Structure inconnue : « INCONNUE »"));
        mvc.perform(officer("/api/campaigns/1980/evaluations/WEB-LABEL/audit.pdf"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
    }

    @Test
    void theCertificateDownloadsForAGrantedLabelAndIsRefusedOtherwise() throws Exception {
        mvc.perform(officer("/documents/certificate/2030/WEB-LABEL.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("certificat-WEB-LABEL-2030.pdf")));
        mvc.perform(officer("/documents/certificate/2030/WEB-REFUS.pdf"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LABEL_NOT_GRANTED"));
    }

    @Test
    void theCrefopReportDownloadsAsPdfAndCsv() throws Exception {
        mvc.perform(officer("/api/campaigns/2030/crefop-report.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("crefop-2030.pdf")));
        String csv = mvc.perform(officer("/api/campaigns/2030/crefop-report.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("2030,REGION,REGION,Région");
        mvc.perform(officer("/api/campaigns/1980/crefop-report.csv"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
    }

    @Test
    void theHtmlTwinShowsTheAuditFileWithHeadingsAndTables() throws Exception {
        String html = mvc.perform(officer("/documents/audit/2030/WEB-REFUS"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"fr\"", "<h1>Dossier d&#39;audit</h1>", "<h2>Synthèse</h2>",
                "<h3>Scores par thème (sur 100)</h3>", "<th scope=\"col\">Critère</th>", "<th scope=\"row\">ACC-05</th>",
                "Non-conformité majeure", "À justifier", "Non applicable", "Refusé", "Point Information Jeunesse de Château-Chinon",
                "<caption>Constats du thème ACC — Égalité et simplicité d&#39;accès</caption>",
                "href=\"/api/campaigns/2030/evaluations/WEB-REFUS/audit.pdf\"");
        for (String criterion : ReportFixtures.criterionIds()) {
            assertThat(html).contains("<th scope=\"row\">" + criterion + "</th>");
        }
    }

    @Test
    void theHtmlTwinSpeaksEnglishOnRequest() throws Exception {
        String html = mvc.perform(officer("/documents/audit/2030/WEB-REFUS").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"en\"", "<h1>Audit file</h1>", "Major non-conformity", "Refused", "Free services");
    }

    @Test
    void theHtmlTwinOfAStructureNotEvaluatedIsAPageSayingSo() throws Exception {
        mvc.perform(officer("/documents/audit/2030/INCONNUE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Structure inconnue : « INCONNUE »")));
    }
}
