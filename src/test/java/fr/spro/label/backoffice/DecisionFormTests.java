package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Journal;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.registry.Registry;
import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review page's decision form: confirming the proposal, or replacing it with a written
 * justification; the decision's date, author and justification are kept and shown, the registry follows.
 */
@BackOfficeTest
class DecisionFormTests {

    static final Instant EVALUATED = Instant.parse("2031-05-06T09:00:00Z");
    static final String DECISION = "/back-office/revue/2031/ML-TEST/decision";
    static final String JUSTIFICATION = "Réunions territoriales annulées par l'animateur : absence non imputable";

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired Structures structures;
    @Autowired SelfAssessments assessments;
    @Autowired Evaluations evaluations;
    @Autowired CurrentEvaluations current;
    @Autowired Decisions decisions;
    @Autowired Registry registry;
    @Autowired Journal journal;
    @Autowired Clock clock;

    @BeforeEach
    void anEvaluationProposingALabelUnderConditions() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.OPEN));
        structures.save(StructureFixture.member("ML-TEST", "Mission locale du test", "39000", "Lons-le-Saunier", Territory.JURA,
                Network.MISSION_LOCALE));
        assessments.save(BackOfficeFixture.submitted("ML-TEST", "2031", EVALUATED.minusSeconds(3600)));
        CurrentEvaluationFixture.saveCurrent(evaluations, current, BackOfficeFixture.evaluation("ML-TEST", "2031",
                LabelDecision.LABELLISE_SOUS_CONDITIONS, EVALUATED, List.of(BackOfficeFixture.openItem("NET-01", null))));
    }

    MockHttpServletRequestBuilder decide(String... parameters) {
        MockHttpServletRequestBuilder request = post(DECISION).with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                .param("proposal", "LABELLISE_SOUS_CONDITIONS");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    String reviewPage(MvcResult after) throws Exception {
        return mvc.perform(get("/back-office/revue/2031/ML-TEST").with(as(accounts, AccountFixture.OFFICER)).with(Accounts.flash(after)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theReviewPageShowsEveryFindingWithItsTitleInputsAndEvidence() throws Exception {
        String html = reviewPage(mvc.perform(get("/back-office/revue/2031/ML-TEST").with(as(accounts, AccountFixture.OFFICER))).andReturn());

        assertThat(html).contains("Mission locale du test — évaluation de la campagne 2031", "Labellisé sous conditions",
                "Participation à l&#39;animation territoriale", "Non-conformité mineure",
                "Participation à 2 réunions territoriales sur 4 (50 %) : seuil de conformité 75 %",
                "territorial_meetings_attended", "compte-rendu.pdf",
                "/documents/audit/2031/ML-TEST", "/back-office/documents/audit/2031/ML-TEST.pdf",
                "En attente de la décision d&#39;un agent qualité de la Région")
                .doesNotContain("/documents/certificate/");
    }

    @Test
    void confirmingTheProposalKeepsTheDateAndAuthorAndShowsTheCertificate() throws Exception {
        MvcResult confirmed = mvc.perform(decide("choice", "confirm"))
                .andExpect(redirectedUrl("/back-office/revue/2031/ML-TEST"))
                .andExpect(flash().attribute("notice", "Décision enregistrée : Labellisé sous conditions. Le registre public et le certificat suivent."))
                .andReturn();

        Decision decision = decisions.findById(Decision.idOf("ML-TEST", "2031")).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        assertThat(decision.decision()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(decision.overridesProposal()).isFalse();
        assertThat(decision.decidedBy()).isEqualTo(AccountFixture.OFFICER);
        assertThat(decision.decidedOn()).isEqualTo(today);
        assertThat(decision.validUntil()).isEqualTo(today.plusYears(3));
        assertThat(journal.latest("DECISION", 5)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(AccountFixture.OFFICER));
        assertThat(evaluations.findById(Evaluation.idOf("ML-TEST", "2031")).orElseThrow().actionPlan())
                .singleElement().satisfies(item -> assertThat(item.dueOn()).isEqualTo(today.plusMonths(6)));
        assertThat(registry.find("ML-TEST")).get().extracting(RegistryEntry::status).isEqualTo(RegistryStatus.LABELLISE_SOUS_CONDITIONS);
        assertThat(reviewPage(confirmed)).contains("<dd id=\"decided-by\">" + AccountFixture.OFFICER + "</dd>",
                "/documents/certificate/2031/ML-TEST.pdf", "Décision enregistrée : Labellisé sous conditions.");
    }

    @Test
    void replacingTheProposalWithoutJustificationIsRefusedNextToTheField() throws Exception {
        MvcResult refused = mvc.perform(decide("choice", "other", "decision", "LABELLISE", "justification", "Trop court"))
                .andExpect(redirectedUrl("/back-office/revue/2031/ML-TEST#decision"))
                .andReturn();

        assertThat(decisions.findById(Decision.idOf("ML-TEST", "2031"))).isEmpty();
        assertThat(reviewPage(refused))
                .contains("<p id=\"justification-error\" class=\"field-error\">Remplacer la proposition par une autre décision "
                        + "demande une justification écrite de 20 caractères au moins.</p>")
                .contains("aria-describedby=\"justification-hint justification-error\"")
                .contains(">Trop court</textarea>")
                .containsPattern("<option value=\"LABELLISE\"\\s+selected=\"selected\">");
    }

    @Test
    void replacingTheProposalWithAJustificationKeepsItShowsItAndTheRegistryFollows() throws Exception {
        MvcResult replaced = mvc.perform(decide("choice", "other", "decision", "LABELLISE", "justification", JUSTIFICATION))
                .andExpect(redirectedUrl("/back-office/revue/2031/ML-TEST"))
                .andReturn();

        Decision decision = decisions.findById(Decision.idOf("ML-TEST", "2031")).orElseThrow();
        assertThat(decision.decision()).isEqualTo(LabelDecision.LABELLISE);
        assertThat(decision.proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(decision.justification()).isEqualTo(JUSTIFICATION);
        assertThat(journal.latest("DECISION_OVERRIDE", 5)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(AccountFixture.OFFICER);
            assertThat(e.after()).contains(JUSTIFICATION);
        });
        assertThat(registry.find("ML-TEST")).get().extracting(RegistryEntry::status).isEqualTo(RegistryStatus.LABELLISE);
        assertThat(reviewPage(replaced)).contains("(remplace la proposition « Labellisé sous conditions »)",
                "Réunions territoriales annulées par l&#39;animateur");
    }

    @Test
    void theFormAsksToChooseBetweenConfirmingAndReplacing() throws Exception {
        MvcResult refused = mvc.perform(decide("justification", JUSTIFICATION)).andReturn();
        assertThat(reviewPage(refused)).contains("id=\"choice-error\"", "Choisissez : confirmer la proposition, ou prendre une autre décision.");

        refused = mvc.perform(decide("choice", "other", "decision", "", "justification", JUSTIFICATION)).andReturn();
        assertThat(reviewPage(refused)).contains("id=\"decision-error\"", "Choisissez la décision qui remplace la proposition.");
        assertThat(decisions.count()).isZero();
    }

    @Test
    void aProposalChangedSinceThePageWasShownIsNotConfirmedBlindly() throws Exception {
        MvcResult refused = mvc.perform(post(DECISION).with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                .param("proposal", "LABELLISE").param("choice", "confirm")).andReturn();

        assertThat(decisions.count()).isZero();
        assertThat(reviewPage(refused)).contains("La proposition a changé depuis l&#39;affichage de la page");
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(DECISION).with(as(accounts, AccountFixture.OFFICER)).param("choice", "confirm")
                        .param("proposal", "LABELLISE_SOUS_CONDITIONS"))
                .andExpect(status().isForbidden());
        assertThat(decisions.count()).isZero();
    }

    @Test
    void theCrefopCannotDecide() throws Exception {
        mvc.perform(post(DECISION).with(csrf()).with(as(accounts, AccountFixture.CREFOP)).param("choice", "confirm"))
                .andExpect(status().isForbidden());
        assertThat(decisions.count()).isZero();
    }

    @Test
    void decidingOnAFlaggedReEvaluationTakesItOutOfTheFlaggedList() throws Exception {
        evaluations.save(evaluations.findById(Evaluation.idOf("ML-TEST", "2031")).orElseThrow().flaggedForReview());
        assertThat(reviewPage(mvc.perform(get("/back-office/revue/2031/ML-TEST").with(as(accounts, AccountFixture.OFFICER))).andReturn()))
                .contains("id=\"flagged-notice\"");

        mvc.perform(decide("choice", "confirm")).andExpect(redirectedUrl("/back-office/revue/2031/ML-TEST"));

        assertThat(evaluations.findById(Evaluation.idOf("ML-TEST", "2031")).orElseThrow().flagged()).isFalse();
    }

    @Test
    void anEvaluationThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/back-office/revue/2031/INCONNUE").with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(post("/back-office/revue/2031/INCONNUE/decision").with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                .param("choice", "confirm")).andExpect(status().isNotFound());
    }

    @Test
    void theAuditFileDownloadsAsAPdfInTheOfficersSession() throws Exception {
        MvcResult pdf = mvc.perform(get("/back-office/documents/audit/2031/ML-TEST.pdf").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn();

        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("audit-ML-TEST-2031.pdf");
        mvc.perform(get("/back-office/documents/audit/2031/INCONNUE.pdf").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theReviewPageOfAnEvaluationWhoseAnswersWereReopenedSaysWhyAndOffersNoDecision() throws Exception {
        assessments.save(BackOfficeFixture.draft("ML-TEST", "2031", EVALUATED.plusSeconds(60)));

        String html = reviewPage(mvc.perform(get("/back-office/revue/2031/ML-TEST").with(as(accounts, AccountFixture.OFFICER))).andReturn());
        MvcResult refused = mvc.perform(decide("choice", "confirm")).andReturn();

        assertThat(html).contains("id=\"stale-evaluation\"", "Les réponses de la structure ont été rouvertes depuis cette évaluation",
                "href=\"/back-office/evaluations\"").doesNotContain("id=\"decision-form\"");
        assertThat(reviewPage(refused)).contains("id=\"stale-evaluation\"");
        assertThat(decisions.findById(Decision.idOf("ML-TEST", "2031"))).isEmpty();
    }
}
