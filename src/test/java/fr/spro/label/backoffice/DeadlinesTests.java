package fr.spro.label.backoffice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActionPlans;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Review;
import fr.spro.label.security.Role;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officers' deadlines, on the page and at {@code GET /api/deadlines}: items due from the
 * structures, items done to verify (due date + verification period), labels ending within six
 * months; soonest first, overdue marked, by territory. The application's day is 1 September 2026.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"test.own-context=deadlines", "clock=2026-09-01"})
class DeadlinesTests {

    static final Actor OFFICER = new Actor("c.martin", "127.0.0.1");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Structures structures;
    @Autowired Review review;
    @Autowired ActionPlans plans;
    @Autowired MongoTemplate mongo;

    private void decide(String id, Territory territory, String campaign, LabelDecision proposal, LocalDate on, List<ActionItem> plan) {
        structures.save(StructureFixture.member(id, "Structure " + id, "21000", "Dijon", territory, Network.MISSION_LOCALE));
        CurrentEvaluationFixture.saveCurrent(context,
                BackOfficeFixture.evaluation(id, campaign, proposal, Instant.parse(campaign + "-12-31T10:00:00Z"), plan));
        review.decide(id, campaign, null, null, OFFICER, on);
    }

    @BeforeEach
    void periodsRunning() {
        mongo.dropCollection("explanation_requests");
        // Under conditions on 1 February 2026: both items due 1 August 2026, past by today.
        decide("ML-RETARD", Territory.DIJON_BEAUNE, "2025", LabelDecision.LABELLISE_SOUS_CONDITIONS, LocalDate.of(2026, 2, 1),
                List.of(BackOfficeFixture.openItem("NET-01", null), BackOfficeFixture.openItem("PRO-02", null)));
        // One of them done by the structure: the officer verifies it by 1 September + 1 month.
        plans.answer("ML-RETARD", "2025", "PRO-02", "Trois webinaires suivis.", List.of(), true, new Actor("ml-retard", "127.0.0.1"));
        // Granted on 1 December 2023: valid to 1 December 2026, within six months.
        decide("CIO-FIN", Territory.YONNE, "2023", LabelDecision.LABELLISE, LocalDate.of(2023, 12, 1), List.of());
        // Granted in 2026: ends in 2029, not on the list.
        decide("ML-LOIN", Territory.YONNE, "2025", LabelDecision.LABELLISE, LocalDate.of(2026, 3, 1), List.of());
    }

    @Test
    void theApiListsEveryRunningPeriodSoonestFirstWithOverdueMarked() throws Exception {
        mvc.perform(get("/api/deadlines").with(user("agent").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].structureId").value("ML-RETARD"))
                .andExpect(jsonPath("$[0].kind").value("CONDITION_ITEM"))
                .andExpect(jsonPath("$[0].criterion").value("NET-01"))
                .andExpect(jsonPath("$[0].dueOn").value("2026-08-01"))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[1].kind").value("VERIFICATION"))
                .andExpect(jsonPath("$[1].dueOn").value("2026-09-01"))
                .andExpect(jsonPath("$[1].overdue").value(false))
                .andExpect(jsonPath("$[2].structureId").value("CIO-FIN"))
                .andExpect(jsonPath("$[2].kind").value("LABEL_ENDING"))
                .andExpect(jsonPath("$[2].dueOn").value("2026-12-01"));
    }

    @Test
    void anExplanationAskedForIsDueAMonthAfterTheRequest() throws Exception {
        AccountFixture.create(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class), "ml-loin", Role.STRUCTURE, "ML-LOIN");
        mvc.perform(post("/mon-espace/resultats/2025/explication").param("message", "Quelles règles ont compté ?")
                        .with(user(context.getBean(UserDetailsService.class).loadUserByUsername("ml-loin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/deadlines").param("territory", "YONNE").with(user("agent").roles("OFFICER")))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].structureId").value("ML-LOIN"))
                .andExpect(jsonPath("$[0].kind").value("EXPLANATION"))
                .andExpect(jsonPath("$[0].dueOn").value("2026-10-01"))
                .andExpect(jsonPath("$[0].overdue").value(false))
                .andExpect(jsonPath("$[1].structureId").value("CIO-FIN"));
    }

    @Test
    void theListFiltersByTerritory() throws Exception {
        mvc.perform(get("/api/deadlines").param("territory", "YONNE").with(user("agent").roles("OFFICER")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].structureId").value("CIO-FIN"));
    }

    @Test
    void thePageShowsThePeriodsInFrenchWithTheOverdueCount() throws Exception {
        mvc.perform(get("/back-office/echeances").with(user("agent").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 délais en cours, dont 1 dépassé")))
                .andExpect(content().string(containsString("Action d&#39;un label sous conditions, attendue de la structure")))
                .andExpect(content().string(containsString("Fin de validité du label")))
                .andExpect(content().string(containsString("1 décembre 2026")));
    }

    @Test
    void onlyOfficersSeeTheDeadlines() throws Exception {
        mvc.perform(get("/api/deadlines").with(user("ml-retard").roles("STRUCTURE"))).andExpect(status().isForbidden());
        mvc.perform(get("/back-office/echeances").param("territory", "ATLANTIDE").with(user("agent").roles("OFFICER")))
                .andExpect(status().isBadRequest());
    }
}
