package fr.spro.label.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.reporting.ReportsIntegrationTest;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.PdfDocuments;
import fr.spro.label.support.ReportFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The mention of CRPA L311-3-1 on every audit file (PDF and HTML twin) and certificate: the decision
 * rests on an algorithmic treatment, what it is for, and where the structure asks for its rules
 * (the public page, linked) and for the explanation of its decision.
 */
@ReportsIntegrationTest
class AlgorithmMentionTests {

    static final String RULES_URL = "http://localhost:8080/comment-le-label-est-attribue";
    static final String TITLE_FR = "Décision prise sur le fondement d'un traitement algorithmique";

    @Autowired MockMvc mvc;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;

    static MockHttpServletRequestBuilder officer(String path) {
        return MockMvcRequestBuilders.get(path).with(user("agent.qualite").roles("OFFICER"));
    }

    @BeforeEach
    void aStructureLabelledAfterItsEvaluation() {
        campaigns.ensure(2043);
        structures.save(ReportFixtures.structure("MENTION-LABEL", "Maison de l'information sur la formation et l'emploi de Besançon",
                Territory.BESANCON_MORTEAU_PONTARLIER, Network.MIFE, Membership.MEMBER, LocalDate.of(2023, 3, 15)));
        Evaluation labelled = evaluations.save(ReportFixtures.fullyConforme("MENTION-LABEL", "2043"));
        decisions.save(ReportFixtures.confirmed(labelled, LocalDate.of(2044, 2, 3)));
    }

    /** The text with its lines joined: a sentence of the mention wraps over several lines of the PDF. */
    static String flowing(byte[] pdf) {
        return PdfDocuments.text(pdf).replaceAll("\\s+", " ");
    }

    static List<String> linkTargets(byte[] pdf) throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        return targets;
    }

    @Test
    void theAuditFileCarriesTheMentionAndLinksToTheRulesInForce() throws Exception {
        byte[] pdf = mvc.perform(officer("/api/campaigns/2043/evaluations/MENTION-LABEL/audit.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(flowing(pdf)).contains(TITLE_FR,
                "est prise sur le fondement d'un traitement algorithmique : les règles d'évaluation du référentiel",
                "a pour finalité de proposer la décision ; un chargé de mission qualité de la Région l'examine et décide",
                "article L311-3-1 du code des relations entre le public et l'administration",
                "des règles définissant ce traitement et des principales caractéristiques de sa mise en œuvre, publiées sur " + RULES_URL,
                "l'explication de sa décision, depuis son espace");
        assertThat(linkTargets(pdf)).contains(RULES_URL);
    }

    @Test
    void theHtmlTwinCarriesTheSameMentionWithALinkToThePage() throws Exception {
        String html = mvc.perform(officer("/documents/audit/2043/MENTION-LABEL").param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h2 id=\"algorithm-mention\">Décision prise sur le fondement d&#39;un traitement algorithmique</h2>",
                "sur le fondement d&#39;un traitement algorithmique\u00a0: les règles d&#39;évaluation du référentiel",
                "<a href=\"/comment-le-label-est-attribue\">" + RULES_URL + "</a>",
                "l&#39;explication de sa décision, depuis son espace.");
    }

    @Test
    void theHtmlTwinCarriesTheMentionInEnglishForAnEnglishReader() throws Exception {
        String html = mvc.perform(officer("/documents/audit/2043/MENTION-LABEL").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h2 id=\"algorithm-mention\">Decision taken on the basis of an algorithmic treatment</h2>",
                "The treatment serves to propose the decision; a quality officer of the Region examines it and decides.",
                "<a href=\"/comment-le-label-est-attribue\">" + RULES_URL + "</a>");
    }

    /** The structure's name takes two lines at the certificate's size: it is set smaller, the page stays one. */
    @Test
    void theCertificateCarriesTheMentionOnItsOnePageEvenForALongName() throws Exception {
        byte[] pdf = mvc.perform(officer("/documents/certificate/2043/MENTION-LABEL.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(PdfDocuments.pages(pdf)).isEqualTo(1);
        assertThat(flowing(pdf)).contains(TITLE_FR, "un chargé de mission qualité de la Région l'examine et décide",
                "publiées sur " + RULES_URL, "l'explication de sa décision, depuis son espace",
                "http://localhost:8080/registre/MENTION-LABEL");
        assertThat(linkTargets(pdf)).contains(RULES_URL, "http://localhost:8080/registre/MENTION-LABEL");
    }
}
