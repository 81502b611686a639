package fr.spro.label.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.PdfDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import fr.spro.label.support.MovableClock;

/**
 * The explanation prepared when a structure asks: the four items of CRPA R311-3-1-2 with the
 * structure's real values — the rules proposed and an officer decided; each answer, figure and
 * directory field the rules read, with its source, and each evidence file with its SHA-256; each
 * threshold with its value and the structure's value compared with it; each finding, then the
 * decision rule — in the page and in the PDF, frozen with the rule set's version and fingerprint.
 */
@ExplanationTest
class PreparedExplanationTests {

    static final String CAMPAIGN = ExplanationFixture.CAMPAIGN;

    @Autowired WebApplicationContext context;
    @Autowired MovableClock clock;
    @Autowired RuleEngine engine;
    @Autowired Evaluations evaluations;
    @Autowired ExplanationRequests requests;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    MockMvc mvc;

    @BeforeEach
    void atTheStart() {
        clock.set(ExplanationFixture.ASKED_AT);
        AccountFixture.createAll(accounts, encoder);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    void ask(ExplanationFixture.Decided decided) throws Exception {
        mvc.perform(post("/mon-espace/resultats/" + CAMPAIGN + "/explication").with(ExplanationFixture.signedIn(context, decided.username()))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** The officer's page of the prepared explanation, as its HTML. */
    String officerHtml(String structureId, String language) throws Exception {
        MvcResult page = mvc.perform(get("/back-office/explications/" + CAMPAIGN + "/" + structureId).param("lang", language)
                        .with(ExplanationFixture.signedIn(context, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The same page as a reader reads it: its text, entities decoded, spaces of any kind as one space. */
    String officerPage(String structureId, String language) throws Exception {
        return PageText.of(officerHtml(structureId, language));
    }

    /** What was prepared, without the page around it (whose form tokens change on every request). */
    static String explanationPart(String html) {
        return html.substring(html.indexOf("<div class=\"explanation\""), html.indexOf("<h2 id=\"send\""));
    }

    byte[] officerPdf(String structureId) throws Exception {
        MvcResult pdf = mvc.perform(get("/back-office/explications/" + CAMPAIGN + "/" + structureId + "/explication.pdf")
                        .with(ExplanationFixture.signedIn(context, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] content = pdf.getResponse().getContentAsByteArray();
        // -Dexplanation.pdf-out=DIR keeps each PDF, to look at it (pdftoppm -png).
        String out = System.getProperty("explanation.pdf-out");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.write(Path.of(out, "explication-" + structureId + ".pdf"), content);
        }
        return content;
    }

    @Test
    void thePageAndThePdfGiveTheFourItemsWithTheStructuresValues() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-QUATRE", "ml-quatre");
        ask(decided);
        Evaluation evaluation = decided.evaluation();
        assertThat(evaluation.proposal()).as("the fixture's data: weekly opening under the compliant threshold")
                .isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);

        String page = officerPage(decided.id(), "fr");
        byte[] pdf = officerPdf(decided.id());
        String pdfText = PageText.ofPdf(pdf);

        for (String document : new String[] {page, pdfText}) {
            // a. the rules proposed, an officer decided
            assertThat(document).contains("Les règles ont évalué chaque critère et proposé une décision. Elles ne décident pas")
                    .contains("Labellisé sous conditions (conformité à la charte : Partiellement conforme), évaluation du 31 janvier 2026")
                    .contains("Labellisé sous conditions, le 31 janvier 2026, par " + AccountFixture.OFFICER)
                    .contains("L'agent a confirmé la proposition des règles.");
            // b. data and their sources: an answer, a figure, a directory field, the evidence with its SHA-256
            assertThat(document).contains("Vos services d'accueil, d'information et de conseil sont-ils gratuits pour toute personne ? Oui")
                    .contains("Auto-évaluation 2025, soumise le 20 octobre 2025")
                    .contains("Heures d'ouverture au public par semaine 20 Rapport d'activité 2025 ACC-03")
                    .contains("Date de la dernière mise à jour de vos ressources d'information 4 septembre 2025 Rapport d'activité 2025 SRV-01")
                    .contains("Publics accueillis Adultes Annuaire des structures du SPRO")
                    .contains(ExplanationFixture.EVIDENCE_NAME);
            assertThat(document.replace(" ", "")).contains(decided.register().sha256());
            // c. the parameters applied: the threshold, its bound and value, the structure's value
            assertThat(document).contains("Ouverture au public par semaine pour être conforme au moins 24 h Heures d'ouverture au public par semaine : 20")
                    .contains("Non-conformités mineures admises pour un label sous conditions (au-delà : ajourné) au plus 3 non-conformités mineures");
            // d. each finding, then the decision rule
            for (Finding finding : evaluation.findings()) {
                assertThat(document).as(finding.criterion()).contains(finding.criterion()).contains(PageText.flat(finding.explanation()));
            }
            assertThat(document).contains("Non-conformité mineure")
                    .contains("Règle du critère concluant « Non-conformité mineure »")
                    .contains("Partiellement conforme : des non-conformités mineures, aucune majeure.")
                    .contains("Labellisé sous conditions : charte signée, aucune non-conformité majeure, et une non-conformité mineure, dans la limite de 3 non-conformités mineures");
            // frozen with the rule set's version and fingerprint, and the digest of the data evaluated
            assertThat(document).contains("Référentiel 2025.1");
            assertThat(document.replace(" ", "")).contains(engine.inForce().fingerprint()).contains(evaluation.inputsDigest());
        }
        assertThat(officerHtml(decided.id(), "fr")).contains("id=\"operation-ACC-03\"");
        assertThat(PdfDocuments.title(pdf)).isEqualTo("Explication de la décision — Mission locale ML-QUATRE — campagne 2025");
        assertThat(PdfDocuments.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        ExplanationRequest request = requests.findAll().stream().filter(r -> r.structureId().equals(decided.id())).findFirst().orElseThrow();
        assertThat(request.pdfSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(page).contains(request.pdfSha256());
    }

    @Test
    void anEnglishPageSaysTheSameInEnglishWhileThePdfStaysFrench() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-ANGLAIS", "ml-anglais");
        ask(decided);

        String html = officerHtml(decided.id(), "en");

        // The rules' sentences are French: marked so for assistive technologies.
        assertThat(html).contains("<td data-label=\"Explanation\" lang=\"fr\">Ouverture au public de 20 h par semaine");
        assertThat(PageText.of(html)).contains("3. Parameters applied to your structure")
                .contains("Weekly opening hours to be compliant at least 24 h Opening hours to the public per week: 20")
                .contains("Are your reception, information and advice services free for everyone? Yes")
                .contains("The officer confirmed the proposal of the rules.")
                .contains("Labelled with conditions (compliance with the charter: Partly compliant), evaluation of 31 January 2026");
        assertThat(PageText.ofPdf(officerPdf(decided.id()))).contains("3. Paramètres appliqués à votre structure");
    }

    @Test
    void aReplacedProposalIsToldWithTheOfficersJustification() throws Exception {
        String justification = "Les horaires d'ouverture ont été étendus à 30 h depuis le 1er décembre, pièces à l'appui.";
        ExplanationFixture.Decided decided = ExplanationFixture.decided(context, "ML-REMPLACEE", "ml-remplacee",
                LabelDecision.LABELLISE, justification);
        ask(decided);

        for (String document : new String[] {officerPage(decided.id(), "fr"), PageText.ofPdf(officerPdf(decided.id()))}) {
            assertThat(document).contains("L'agent a remplacé la proposition « Labellisé sous conditions » par la décision « Labellisé ».")
                    .contains("Justification de l'agent " + justification)
                    .contains("Labellisé, le 31 janvier 2026, par " + AccountFixture.OFFICER);
        }
    }

    @Test
    void theExplanationStaysAsPreparedWhenTheEvaluationChangesAfterwards() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-FIGEE", "ml-figee");
        ask(decided);
        String before = explanationPart(officerHtml(decided.id(), "fr"));
        byte[] pdfBefore = officerPdf(decided.id());
        Evaluation changed = decided.evaluation();
        evaluations.save(new Evaluation(changed.id(), changed.structureId(), changed.campaign(), "2099.9", changed.compliance(),
                changed.proposal(), changed.scores(), changed.findings().stream().map(f -> new Finding(f.criterion(), f.theme(),
                Outcome.CONFORME, "Phrase réécrite après coup", f.inputs(), f.evidence())).toList(), changed.actionPlan(),
                changed.evaluatedAt(), false, "changed"));

        String after = explanationPart(officerHtml(decided.id(), "fr"));

        assertThat(after).isEqualTo(before).doesNotContain("Phrase réécrite après coup").doesNotContain("2099.9");
        assertThat(officerPdf(decided.id())).isEqualTo(pdfBefore);
    }

    @Test
    void theFingerprintIsNotClaimedWhenTheDataNoLongerGiveTheEvaluationsDigest() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-EMPREINTE", "ml-empreinte");
        Evaluation evaluation = decided.evaluation();
        // As if the activity had been corrected after the decision: the stored evaluation no longer matches the data.
        evaluations.save(evaluation.withInputsDigest("0".repeat(64)));
        ask(decided);

        String page = officerPage(decided.id(), "fr");

        assertThat(page).contains("Empreinte du jeu de règles Non établie : l'évaluation enregistre la version de son référentiel")
                .contains("référentiel 2025.1, empreinte " + engine.inForce().fingerprint())
                .doesNotContain("celle du jeu de règles qui a évalué");
    }
}
