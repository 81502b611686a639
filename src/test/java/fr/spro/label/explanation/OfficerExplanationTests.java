package fr.spro.label.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import fr.spro.label.support.MovableClock;

/**
 * The officers' side: the pending requests, soonest due first, with their due dates and those past
 * due marked as the clock moves on; sending one, which is journaled, shows it to its structure
 * (page and PDF) and takes it off the pending list.
 */
@ExplanationTest
class OfficerExplanationTests {

    static final String CAMPAIGN = ExplanationFixture.CAMPAIGN;

    @Autowired WebApplicationContext context;
    @Autowired MovableClock clock;
    @Autowired ExplanationQueries queries;
    @Autowired ExplanationRequests requests;
    @Autowired Journal journal;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    MockMvc mvc;
    RequestPostProcessor officer;

    @BeforeEach
    void atTheStart() {
        clock.set(ExplanationFixture.ASKED_AT);
        AccountFixture.createAll(accounts, encoder);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        officer = ExplanationFixture.signedIn(context, AccountFixture.OFFICER);
    }

    ExplanationFixture.Decided askedOn(String structureId, String username, Instant day) throws Exception {
        clock.set(ExplanationFixture.ASKED_AT);
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, structureId, username);
        clock.set(day);
        mvc.perform(post("/mon-espace/resultats/" + CAMPAIGN + "/explication").with(ExplanationFixture.signedIn(context, username)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return decided;
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The row of the officers' list for this structure, as text; empty when it is not listed. */
    static String row(String html, String structureId) {
        int start = html.indexOf("id=\"request-" + structureId + "-" + CAMPAIGN + "\"");
        return start < 0 ? "" : PageText.of(html.substring(start, html.indexOf("</tr>", start)));
    }

    @Test
    void theListShowsEachPendingRequestSoonestDueFirstAndMarksThoseOverdue() throws Exception {
        ExplanationFixture.Decided first = askedOn("ML-PREMIERE", "ml-premiere", ExplanationFixture.ASKED_AT);
        ExplanationFixture.Decided second = askedOn("ML-SECONDE", "ml-seconde", Instant.parse("2026-02-10T09:00:00Z"));

        String tenthOfFebruary = page("/back-office/explications", officer);
        assertThat(tenthOfFebruary.indexOf("request-" + first.id())).isPositive().isLessThan(tenthOfFebruary.indexOf("request-" + second.id()));
        assertThat(row(tenthOfFebruary, first.id())).contains("31 janvier 2026").contains("28 février 2026").contains("Restent 18 jours")
                .doesNotContain("En retard");
        assertThat(row(tenthOfFebruary, second.id())).contains("10 février 2026").contains("10 mars 2026").contains("Restent 28 jours");
        assertThat(PageText.of(tenthOfFebruary)).contains("Chacune est à envoyer dans un délai de 1 mois après la demande.");

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        String secondOfMarch = page("/back-office/explications", officer);

        assertThat(row(secondOfMarch, first.id())).contains("En retard de 2 jours");
        assertThat(secondOfMarch).contains("<strong class=\"follow-up follow-up-OVERDUE\">En retard de 2 jours</strong>");
        assertThat(secondOfMarch).contains("id=\"request-" + first.id() + "-" + CAMPAIGN + "\" class=\"late\"");
        assertThat(row(secondOfMarch, second.id())).contains("Restent 8 jours").doesNotContain("En retard");
        assertThat(PageText.of(page("/back-office/explications?lang=en", officer))).contains("2 days late");

        List<PendingExplanation> pending = queries.pending();
        List<String> order = pending.stream().map(PendingExplanation::structureId).toList();
        assertThat(order).containsSubsequence(first.id(), second.id());
        PendingExplanation listed = pending.get(order.indexOf(first.id()));
        assertThat(listed).isEqualTo(new PendingExplanation(first.id(), "Mission locale " + first.id(), CAMPAIGN,
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertThat(listed.overdueOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(listed.overdueOn(LocalDate.of(2026, 2, 28))).as("due that day: not late yet").isFalse();
        assertThat(queries.pending(0, 1)).hasSize(1);
        assertThat(queries.countPending()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void sendingShowsTheExplanationToItsStructureAndTakesItOffThePendingList() throws Exception {
        ExplanationFixture.Decided decided = askedOn("ML-ENVOI", "ml-envoi", ExplanationFixture.ASKED_AT);
        RequestPostProcessor structure = ExplanationFixture.signedIn(context, decided.username());
        String detail = "/back-office/explications/" + CAMPAIGN + "/" + decided.id();
        assertThat(PageText.of(page(detail, officer))).contains("Envoyer l'explication à la structure").contains("28 février 2026");
        long journaled = journal.count(JournalAction.EXPLANATION_SENT);
        clock.set(Instant.parse("2026-02-12T13:00:00Z"));

        mvc.perform(post(detail + "/envoi").param("note", "Nous restons à votre disposition pour en parler.").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(detail))
                .andExpect(flash().attribute("notice", "L'explication a été envoyée à la structure\u00a0: elle la lit dans son espace."));

        ExplanationRequest sent = requests.findAll().stream().filter(r -> r.structureId().equals(decided.id())).findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(ExplanationRequest.Status.SENT);
        assertThat(sent.sentOn()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(sent.sentBy()).isEqualTo(AccountFixture.OFFICER);
        assertThat(journal.count(JournalAction.EXPLANATION_SENT)).isEqualTo(journaled + 1);
        JournalEntry entry = journal.latest(JournalAction.EXPLANATION_SENT, 100).stream()
                .filter(e -> e.subject().equals(decided.id() + "/" + CAMPAIGN)).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo(AccountFixture.OFFICER);
        assertThat(entry.after()).isEqualTo("SENT");

        assertThat(queries.pending()).extracting(PendingExplanation::structureId).doesNotContain(decided.id());
        assertThat(row(page("/back-office/explications", officer), decided.id())).isEmpty();
        assertThat(PageText.of(page(detail, officer))).contains("Envoyée le 12 février 2026 par " + AccountFixture.OFFICER)
                .doesNotContain("Envoyer l'explication à la structure");

        String space = page("/mon-espace/explications/" + CAMPAIGN, structure);
        assertThat(space).contains("id=\"operations\"").contains("id=\"explanation-pdf\"").contains(sent.pdfSha256());
        assertThat(PageText.of(space)).contains("Envoyée le 12 février 2026").contains("Nous restons à votre disposition pour en parler.")
                .contains("Ouverture au public par semaine pour être conforme au moins 24 h Heures d'ouverture au public par semaine : 20");
        MvcResult pdf = mvc.perform(get("/mon-espace/explications/" + CAMPAIGN + "/explication.pdf").with(structure))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("explication-" + decided.id() + "-" + CAMPAIGN + ".pdf");
        byte[] content = pdf.getResponse().getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))).isEqualTo(sent.pdfSha256());
        assertThat(PageText.ofPdf(content)).contains("4. Opérations effectuées");
        assertThat(PageText.of(page("/mon-espace/resultats/" + CAMPAIGN, structure)))
                .contains("L'explication de cette décision vous a été envoyée le 12 février 2026.")
                .contains("Lire l'explication de la décision");
    }

    @Test
    void anExplanationIsSentOnce() throws Exception {
        ExplanationFixture.Decided decided = askedOn("ML-UNE-FOIS", "ml-une-fois", ExplanationFixture.ASKED_AT);
        String send = "/back-office/explications/" + CAMPAIGN + "/" + decided.id() + "/envoi";
        mvc.perform(post(send).with(officer).with(csrf())).andExpect(status().is3xxRedirection());
        long journaled = journal.count(JournalAction.EXPLANATION_SENT);

        mvc.perform(post(send).param("note", "Une seconde fois").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "Cette explication avait déjà été envoyée\u00a0: rien n'a changé."));

        assertThat(journal.count(JournalAction.EXPLANATION_SENT)).isEqualTo(journaled);
        ExplanationRequest sent = requests.findAll().stream().filter(r -> r.structureId().equals(decided.id())).findFirst().orElseThrow();
        assertThat(sent.note()).isNull();
    }

    @Test
    void aTooLongNoteIsRefusedAndTheRequestStaysPending() throws Exception {
        ExplanationFixture.Decided decided = askedOn("ML-NOTE-LONGUE", "ml-note-longue", ExplanationFixture.ASKED_AT);
        String note = "n".repeat(Explanations.MAX_NOTE + 1);

        mvc.perform(post("/back-office/explications/" + CAMPAIGN + "/" + decided.id() + "/envoi").param("note", note).with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "Le message est trop long\u00a0: 2\u202f000 caractères au plus."))
                .andExpect(flash().attribute("typedNote", note));

        assertThat(queries.pending()).extracting(PendingExplanation::structureId).contains(decided.id());
    }

    @Test
    void thereIsNothingToOpenOrSendWithoutARequest() throws Exception {
        ExplanationFixture.Decided decided = ExplanationFixture.confirmed(context, "ML-SANS-DEMANDE", "ml-sans-demande");
        String detail = "/back-office/explications/" + CAMPAIGN + "/" + decided.id();

        mvc.perform(get(detail).with(officer)).andExpect(status().isNotFound());
        mvc.perform(get(detail + "/explication.pdf").with(officer)).andExpect(status().isNotFound());
        mvc.perform(post(detail + "/envoi").with(officer).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/back-office/explications?page=99").with(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/back-office/explications").with(ExplanationFixture.signedIn(context, decided.username())))
                .andExpect(status().isForbidden());
    }
}
