package fr.spro.label.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import fr.spro.label.support.MovableClock;

/**
 * A structure asks, from its results page, for the explanation of its decision: the request is
 * kept with its date and its due date ({@code explanation.period} later, on the application's
 * clock), journaled under the structure's account, and asked once per decision; a structure cannot
 * ask about a decision that is not its own, nor about a campaign without a decision.
 */
@ExplanationTest
class ExplanationRequestTests {

    static final String CAMPAIGN = ExplanationFixture.CAMPAIGN;
    static final String ASK = "/mon-espace/resultats/" + CAMPAIGN + "/explication";

    @Autowired WebApplicationContext context;
    @Autowired MovableClock clock;
    @Autowired ExplanationRequests requests;
    @Autowired Journal journal;
    @Autowired ActiveReferential referential;
    MockMvc mvc;

    @BeforeEach
    void atTheStart() {
        clock.set(ExplanationFixture.ASKED_AT);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    List<ExplanationRequest> requestsOf(String structureId) {
        return requests.findAll().stream().filter(r -> r.structureId().equals(structureId)).toList();
    }

    @Test
    void theResultsPageOffersToAskOnceTheDecisionIsTaken() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-OFFRE", "ml-offre");

        mvc.perform(get("/mon-espace/resultats/" + CAMPAIGN).with(ExplanationFixture.signedIn(context, decided.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ask-explanation\"")))
                .andExpect(content().string(containsString("action=\"" + ASK + "\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("dans un délai de 1\u00a0mois")));
    }

    @Test
    void aStructureAsksAndItsRequestIsDueOnePeriodLaterAndJournaled() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-DEMANDE", "ml-demande");
        long journaledBefore = journal.count(JournalAction.EXPLANATION_REQUESTED);

        mvc.perform(post(ASK).param("message", "Pourquoi le label est-il sous conditions ?")
                        .with(ExplanationFixture.signedIn(context, decided.username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mon-espace/explications/" + CAMPAIGN))
                .andExpect(flash().attribute("notice", "explanation.notice.requested"));

        List<ExplanationRequest> made = requestsOf(decided.id());
        assertThat(made).hasSize(1);
        ExplanationRequest request = made.get(0);
        assertThat(request.requestedOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        // One month after 31 January is the last day of February, as procedure.md counts it.
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28))
                .isEqualTo(request.requestedOn().plus(referential.catalogue().periods().explanation()));
        assertThat(request.requestedAt()).isEqualTo(ExplanationFixture.ASKED_AT);
        assertThat(request.status()).isEqualTo(ExplanationRequest.Status.PENDING);
        assertThat(request.message()).isEqualTo("Pourquoi le label est-il sous conditions ?");
        assertThat(request.requestedBy()).isEqualTo(decided.username());
        assertThat(request.decidedAt()).isEqualTo(decided.decision().decidedAt());
        assertThat(request.documentId()).startsWith("TO-EXP-" + CAMPAIGN + "-" + decided.id() + "-");
        assertThat(request.pdfSha256()).matches("[0-9a-f]{64}");

        assertThat(journal.count(JournalAction.EXPLANATION_REQUESTED)).isEqualTo(journaledBefore + 1);
        // The clock stands still in these tests: the entry is told from the others by its subject.
        List<JournalEntry> entries = journal.latest(JournalAction.EXPLANATION_REQUESTED, 100).stream()
                .filter(e -> e.subject().equals(decided.id() + "/" + CAMPAIGN)).toList();
        assertThat(entries).hasSize(1);
        JournalEntry entry = entries.get(0);
        assertThat(entry.actor()).isEqualTo(decided.username());
        assertThat(entry.at()).isEqualTo(ExplanationFixture.ASKED_AT);
        assertThat(entry.after()).contains("2026-02-28").contains(request.documentId());

        mvc.perform(get("/mon-espace/explications/" + CAMPAIGN).with(ExplanationFixture.signedIn(context, decided.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("28 février 2026")))
                .andExpect(content().string(containsString("En préparation par la Région")))
                .andExpect(content().string(containsString("Pourquoi le label est-il sous conditions ?")))
                // Not sent yet: the structure does not read the explanation, nor its PDF.
                .andExpect(content().string(not(containsString("id=\"operations\""))));
        mvc.perform(get("/mon-espace/explications/" + CAMPAIGN + "/explication.pdf")
                        .with(ExplanationFixture.signedIn(context, decided.username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mon-espace/resultats/" + CAMPAIGN).with(ExplanationFixture.signedIn(context, decided.username())))
                .andExpect(content().string(containsString("Vous avez demandé l&#39;explication de cette décision le 31 janvier 2026")))
                .andExpect(content().string(not(containsString("id=\"ask-explanation\""))));
    }

    @Test
    void askingAgainForTheSameDecisionGivesTheSameRequest() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-DEUX-FOIS", "ml-deux-fois");
        mvc.perform(post(ASK).with(ExplanationFixture.signedIn(context, decided.username())).with(csrf()))
                .andExpect(flash().attribute("notice", "explanation.notice.requested"));
        ExplanationRequest first = requestsOf(decided.id()).get(0);
        long journaled = journal.count(JournalAction.EXPLANATION_REQUESTED);
        clock.advance(Duration.ofDays(3));

        mvc.perform(post(ASK).param("message", "Encore une fois").with(ExplanationFixture.signedIn(context, decided.username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mon-espace/explications/" + CAMPAIGN))
                .andExpect(flash().attribute("notice", "explanation.notice.already"));

        assertThat(requestsOf(decided.id())).containsExactly(first);
        assertThat(first.requestedOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(journal.count(JournalAction.EXPLANATION_REQUESTED)).isEqualTo(journaled);
    }

    @Test
    void aStructureCannotAskAboutAnotherStructuresDecisionNorReadIt() throws Exception {
        ExplanationFixture.Decided owner = ExplanationFixture.confirmed(context, "ML-PROPRIETAIRE", "ml-proprietaire");
        mvc.perform(post(ASK).with(ExplanationFixture.signedIn(context, owner.username())).with(csrf()));
        ExplanationFixture.evaluated(context, "ML-AUTRE", "ml-autre");

        // The structure comes from the account: the other one's campaign has no decision of its own.
        mvc.perform(post(ASK).with(ExplanationFixture.signedIn(context, "ml-autre")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mon-espace/explications/" + CAMPAIGN).with(ExplanationFixture.signedIn(context, "ml-autre")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mon-espace/explications/" + CAMPAIGN + "/explication.pdf").with(ExplanationFixture.signedIn(context, "ml-autre")))
                .andExpect(status().isNotFound());
        assertThat(requestsOf("ML-AUTRE")).isEmpty();
        assertThat(requestsOf(owner.id())).hasSize(1);
    }

    @Test
    void aCampaignWithoutADecisionHasNothingToExplain() throws Exception {
        ExplanationFixture.evaluated(context, "ML-SANS-DECISION", "ml-sans-decision");
        long journaled = journal.count(JournalAction.EXPLANATION_REQUESTED);

        mvc.perform(post(ASK).with(ExplanationFixture.signedIn(context, "ml-sans-decision")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mon-espace/resultats/2031/explication").with(ExplanationFixture.signedIn(context, "ml-sans-decision")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mon-espace/resultats/" + CAMPAIGN).with(ExplanationFixture.signedIn(context, "ml-sans-decision")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ask-explanation\""))));

        assertThat(requestsOf("ML-SANS-DECISION")).isEmpty();
        assertThat(journal.count(JournalAction.EXPLANATION_REQUESTED)).isEqualTo(journaled);
    }

    @Test
    void askingWithoutTheFormsTokenIsRefused() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-SANS-JETON", "ml-sans-jeton");

        mvc.perform(post(ASK).with(ExplanationFixture.signedIn(context, decided.username())))
                .andExpect(status().isForbidden());

        assertThat(requestsOf(decided.id())).isEmpty();
    }

    @Test
    void aTooLongMessageIsRefusedWithItsReasonAndKeptInTheForm() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-TROP-LONG", "ml-trop-long");
        String tooLong = "a".repeat(Explanations.MAX_MESSAGE + 1);

        mvc.perform(post(ASK).param("message", tooLong).with(ExplanationFixture.signedIn(context, decided.username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mon-espace/resultats/" + CAMPAIGN + "#explanation"))
                .andExpect(flash().attribute("explanationRefusal", "Votre message est trop long\u00a0: 1\u202f000 caractères au plus."))
                .andExpect(flash().attribute("explanationMessage", tooLong));

        assertThat(requestsOf(decided.id())).isEmpty();
    }
}
