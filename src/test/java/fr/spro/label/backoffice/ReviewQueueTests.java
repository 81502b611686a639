package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decisions;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The review queue and its filters: campaign, territory, network, proposal, flagged re-evaluations, decided or not. */
@BackOfficeTest
class ReviewQueueTests {

    static final Instant EVALUATED = Instant.parse("2031-05-06T09:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired Structures structures;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;

    @BeforeEach
    void fourEvaluations() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
        mongo.insert(BackOfficeFixture.campaign(2030, CampaignStatus.CLOSED));
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.OPEN));
        structures.saveAll(List.of(
                StructureFixture.member("ML-JURA", "Mission locale du Jura", "39000", "Lons", Territory.JURA, Network.MISSION_LOCALE),
                StructureFixture.member("FT-JURA", "France Travail Jura", "39100", "Dole", Territory.JURA, Network.FRANCE_TRAVAIL),
                StructureFixture.member("ML-YONNE", "Mission locale de l'Yonne", "89000", "Auxerre", Territory.YONNE, Network.MISSION_LOCALE),
                StructureFixture.member("CE-YONNE", "Cap emploi Yonne", "89000", "Auxerre", Territory.YONNE, Network.CAP_EMPLOI)));
        evaluations.saveAll(List.of(
                BackOfficeFixture.evaluation("ML-JURA", "2031", LabelDecision.LABELLISE_SOUS_CONDITIONS, EVALUATED, List.of()),
                BackOfficeFixture.evaluation("FT-JURA", "2031", LabelDecision.LABELLISE, EVALUATED, List.of()),
                BackOfficeFixture.evaluation("ML-YONNE", "2031", LabelDecision.SUSPENDU, EVALUATED, List.of()).flaggedForReview(),
                BackOfficeFixture.evaluation("CE-YONNE", "2031", LabelDecision.REFUSE, EVALUATED, List.of()),
                BackOfficeFixture.evaluation("ML-JURA", "2030", LabelDecision.LABELLISE, EVALUATED.minusSeconds(3600 * 24 * 365), List.of())));
        decisions.saveAll(List.of(DecisionFixture.labelled("FT-JURA", "2031", LocalDate.of(2031, 6, 1)),
                DecisionFixture.labelled("ML-YONNE", "2031", LocalDate.of(2031, 6, 1))));
    }

    @SuppressWarnings("unchecked")
    List<String> queue(String query) throws Exception {
        MvcResult result = mvc.perform(get("/back-office/revue" + query).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn();
        return ((List<ReviewRow>) result.getModelAndView().getModel().get("rows")).stream().map(r -> r.structure().id()).toList();
    }

    @Test
    void listsTheCurrentCampaignWithWhatAwaitsADecisionFirst() throws Exception {
        assertThat(queue("")).containsExactly("ML-JURA", "CE-YONNE", "ML-YONNE", "FT-JURA");
    }

    @Test
    void filtersByCampaignTerritoryNetworkAndProposal() throws Exception {
        assertThat(queue("?campaign=2030")).containsExactly("ML-JURA");
        assertThat(queue("?territory=YONNE")).containsExactly("CE-YONNE", "ML-YONNE");
        assertThat(queue("?network=MISSION_LOCALE")).containsExactly("ML-JURA", "ML-YONNE");
        assertThat(queue("?proposal=REFUSE")).containsExactly("CE-YONNE");
        assertThat(queue("?territory=JURA&network=CAP_EMPLOI")).isEmpty();
    }

    @Test
    void filtersFlaggedReEvaluationsAndDecidedOrNot() throws Exception {
        assertThat(queue("?flagged=yes")).containsExactly("ML-YONNE");
        assertThat(queue("?decided=no")).as("a flagged re-evaluation awaits a decision again")
                .containsExactly("ML-JURA", "CE-YONNE", "ML-YONNE");
        assertThat(queue("?decided=yes")).containsExactly("FT-JURA");
    }

    @Test
    void showsEachEvaluationWithItsProposalDecisionAndFlag() throws Exception {
        String html = mvc.perform(get("/back-office/revue?territory=YONNE").with(as(accounts, AccountFixture.OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2 évaluations", "href=\"/back-office/revue/2031/ML-YONNE\"", "Réévaluation signalée",
                "Refusé", "En attente", "Suspendu");
    }

    @Test
    void anUnknownFilterValueIsABadRequestNamingTheParameter() throws Exception {
        String html = mvc.perform(get("/back-office/revue?proposal=PEUT_ETRE").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Le paramètre « proposal » a une valeur non reconnue : « PEUT_ETRE ».");
        mvc.perform(get("/back-office/revue?campaign=1999").with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void keepsTheOrderAndDecisionsWhenTheCampaignSpansSeveralPages() throws Exception {
        List<String> decidedIds = IntStream.range(0, ReviewQueue.PAGE_SIZE).mapToObj(i -> String.format("AA-%04d", i)).toList();
        mongo.insertAll(decidedIds.stream().map(id -> StructureFixture.member(id, "Structure " + id, "21000", "Dijon",
                Territory.DIJON_BEAUNE, Network.MISSION_LOCALE)).toList());
        mongo.insertAll(decidedIds.stream()
                .map(id -> BackOfficeFixture.evaluation(id, "2031", LabelDecision.LABELLISE, EVALUATED, List.of())).toList());
        mongo.insertAll(decidedIds.stream().map(id -> DecisionFixture.labelled(id, "2031", LocalDate.of(2031, 6, 1))).toList());

        List<String> queue = queue("");

        assertThat(queue).hasSize(4 + ReviewQueue.PAGE_SIZE);
        assertThat(queue.subList(0, 3)).as("what awaits a decision comes first, whatever page it was read on")
                .containsExactly("ML-JURA", "CE-YONNE", "ML-YONNE");
        assertThat(queue("?decided=yes")).hasSize(1 + ReviewQueue.PAGE_SIZE).startsWith("AA-0000").endsWith("FT-JURA");
    }
}
