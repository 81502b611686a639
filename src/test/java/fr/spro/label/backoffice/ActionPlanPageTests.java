package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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

/** Officers follow up action plans: the overdue items across structures, and every item's follow-up. */
@BackOfficeTest
class ActionPlanPageTests {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired Structures structures;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;
    @Autowired Clock clock;

    LocalDate today;

    @BeforeEach
    void twoPlansAndAnUndecidedProposal() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
        today = LocalDate.now(clock);
        Instant evaluated = Instant.parse("2030-05-06T09:00:00Z");
        mongo.insert(BackOfficeFixture.campaign(2030, CampaignStatus.CLOSED));
        structures.saveAll(List.of(
                StructureFixture.member("ML-JURA", "Mission locale du Jura", "39000", "Lons", Territory.JURA, Network.MISSION_LOCALE),
                StructureFixture.member("FT-JURA", "France Travail Jura", "39100", "Dole", Territory.JURA, Network.FRANCE_TRAVAIL),
                StructureFixture.member("CE-JURA", "Cap emploi Jura", "39100", "Dole", Territory.JURA, Network.CAP_EMPLOI)));
        evaluations.saveAll(List.of(
                BackOfficeFixture.evaluation("ML-JURA", "2030", LabelDecision.LABELLISE_SOUS_CONDITIONS, evaluated, List.of(
                        BackOfficeFixture.openItem("NET-01", today.minusDays(12)),
                        BackOfficeFixture.doneItem("QUA-01", today.minusDays(40)),
                        BackOfficeFixture.answeredItem("PRO-02", today.plusDays(20), "Inscriptions faites"))),
                BackOfficeFixture.evaluation("FT-JURA", "2030", LabelDecision.LABELLISE_SOUS_CONDITIONS, evaluated, List.of(
                        BackOfficeFixture.answeredItem("ACC-05", today.minusDays(3), "Recrutement en cours"))),
                // proposed, not decided: its plan is not open yet
                BackOfficeFixture.evaluation("CE-JURA", "2030", LabelDecision.LABELLISE_SOUS_CONDITIONS, evaluated, List.of(
                        BackOfficeFixture.openItem("NET-02", today.minusDays(100))))));
        decisions.saveAll(List.of(
                DecisionFixture.labelledUnderConditions("ML-JURA", "2030", today.minusMonths(7)),
                DecisionFixture.labelledUnderConditions("FT-JURA", "2030", today.minusMonths(7))));
    }

    @SuppressWarnings("unchecked")
    List<ActionItemRow> rows(String query) throws Exception {
        MvcResult result = mvc.perform(get("/back-office/plans-actions" + query).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn();
        return (List<ActionItemRow>) result.getModelAndView().getModel().get("rows");
    }

    @Test
    void listsTheItemsPastDueAndNotDoneAcrossStructuresOldestFirst() throws Exception {
        assertThat(rows("")).extracting(r -> r.structure().id(), r -> r.item().criterion(), ActionItemRow::daysLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ML-JURA", "NET-01", 12L),
                        org.assertj.core.groups.Tuple.tuple("FT-JURA", "ACC-05", 3L));
    }

    @Test
    void showsEveryItemWithItsFollowUp() throws Exception {
        assertThat(rows("?show=all&campaign=2030")).extracting(r -> r.item().criterion(), ActionItemRow::followUp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("QUA-01", FollowUp.DONE),
                        org.assertj.core.groups.Tuple.tuple("NET-01", FollowUp.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("ACC-05", FollowUp.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("PRO-02", FollowUp.ANSWERED));
    }

    @Test
    void thePageSaysHowLateAndLinksToTheReview() throws Exception {
        String html = mvc.perform(get("/back-office/plans-actions").with(as(accounts, AccountFixture.OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2 actions en retard", "(12 jours de retard)", "(3 jours de retard)", "Recrutement en cours",
                "href=\"/back-office/revue/2030/ML-JURA\"");
    }

    @Test
    void anUnknownViewIsABadRequest() throws Exception {
        mvc.perform(get("/back-office/plans-actions?show=bientot").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void followsUpPlansOfSeveralCampaignsReadOverSeveralPages() throws Exception {
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.OPEN));
        List<String> ids = IntStream.range(0, ActionPlanFollowUp.PAGE_SIZE).mapToObj(i -> String.format("AA-%04d", i)).toList();
        mongo.insertAll(ids.stream().map(id -> StructureFixture.member(id, "Structure " + id, "21000", "Dijon",
                Territory.DIJON_BEAUNE, Network.MISSION_LOCALE)).toList());
        mongo.insertAll(ids.stream().map(id -> BackOfficeFixture.evaluation(id, "2031", LabelDecision.LABELLISE_SOUS_CONDITIONS,
                Instant.parse("2031-05-06T09:00:00Z"), List.of(BackOfficeFixture.openItem("NET-01", today.plusDays(30))))).toList());
        mongo.insertAll(ids.stream().map(id -> DecisionFixture.labelledUnderConditions(id, "2031", today.minusMonths(1))).toList());

        List<ActionItemRow> all = rows("?show=all");

        assertThat(all).hasSize(4 + ActionPlanFollowUp.PAGE_SIZE);
        assertThat(all.subList(0, 4)).extracting(r -> r.item().criterion()).as("the most urgent first, whatever page they were read on")
                .containsExactly("QUA-01", "NET-01", "ACC-05", "PRO-02");
        assertThat(all.get(4).structure().id()).isEqualTo("AA-0000");
        assertThat(rows("?show=all&campaign=2031")).hasSize(ActionPlanFollowUp.PAGE_SIZE).allMatch(r -> r.campaign().equals("2031"));
        assertThat(rows("")).hasSize(2);
    }
}
