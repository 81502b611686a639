package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decisions;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Membership;
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

/**
 * The campaign dashboard: one structure at each step in the Jura, a flagged re-evaluation in the
 * Yonne, a resource partner that never counts; and the transitions an officer makes there.
 */
@BackOfficeTest
class CampaignDashboardTests {

    static final Instant MONDAY = Instant.parse("2031-05-05T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2031-05-06T09:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired Structures structures;
    @Autowired SelfAssessments assessments;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;
    @Autowired Campaigns campaigns;
    @Autowired Journal journal;

    @BeforeEach
    void aCampaignUnderWay() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
        mongo.insert(BackOfficeFixture.campaign(2030, CampaignStatus.CLOSED));
        mongo.insert(BackOfficeFixture.campaign(2031, CampaignStatus.OPEN));
        structures.saveAll(List.of(
                StructureFixture.member("ML-A", "Mission locale A", "39000", "Lons", Territory.JURA, Network.MISSION_LOCALE),
                StructureFixture.structure("CIO-B", "CIO B", "39100", "Dole", Territory.JURA, Network.CIO, Membership.ASSOCIATED),
                StructureFixture.member("FT-C", "France Travail C", "39000", "Lons", Territory.JURA, Network.FRANCE_TRAVAIL),
                StructureFixture.member("CE-D", "Cap emploi D", "39000", "Lons", Territory.JURA, Network.CAP_EMPLOI),
                StructureFixture.member("IJ-E", "Information Jeunesse E", "39000", "Lons", Territory.JURA, Network.INFORMATION_JEUNESSE),
                StructureFixture.structure("CCI-F", "CCI F", "89000", "Auxerre", Territory.YONNE, Network.CCI, Membership.RESOURCE_PARTNER),
                StructureFixture.member("ML-G", "Mission locale G", "89000", "Auxerre", Territory.YONNE, Network.MISSION_LOCALE)));
        assessments.saveAll(List.of(
                BackOfficeFixture.draft("CIO-B", "2031", MONDAY),
                BackOfficeFixture.submitted("FT-C", "2031", MONDAY),
                BackOfficeFixture.submitted("CE-D", "2031", MONDAY),
                BackOfficeFixture.submitted("IJ-E", "2031", MONDAY),
                BackOfficeFixture.submitted("ML-G", "2031", MONDAY)));
        evaluations.saveAll(List.of(
                BackOfficeFixture.evaluation("CE-D", "2031", LabelDecision.LABELLISE, TUESDAY, List.of()),
                BackOfficeFixture.evaluation("IJ-E", "2031", LabelDecision.LABELLISE, TUESDAY, List.of()),
                BackOfficeFixture.evaluation("ML-G", "2031", LabelDecision.SUSPENDU, TUESDAY, List.of()).flaggedForReview()));
        decisions.saveAll(List.of(DecisionFixture.labelled("IJ-E", "2031", LocalDate.of(2031, 6, 1)),
                DecisionFixture.labelled("ML-G", "2031", LocalDate.of(2031, 6, 1))));
    }

    MvcResult page(String path) throws Exception {
        return mvc.perform(get(path).with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isOk()).andReturn();
    }

    static CampaignOverview overview(MvcResult result) {
        return (CampaignOverview) result.getModelAndView().getModel().get("overview");
    }

    @Test
    void countsEachMemberAndAssociatedStructureOnceByTerritoryWithTotals() throws Exception {
        CampaignOverview overview = overview(page("/back-office/campagnes/2031"));

        ProgressCounts jura = overview.territories().stream().filter(t -> t.territory() == Territory.JURA).findFirst().orElseThrow();
        assertThat(List.of(jura.notStarted(), jura.draft(), jura.submitted(), jura.awaitingDecision(), jura.decided()))
                .containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(jura.evaluated()).isEqualTo(2);
        assertThat(jura.total()).isEqualTo(5);
        ProgressCounts yonne = overview.territories().stream().filter(t -> t.territory() == Territory.YONNE).findFirst().orElseThrow();
        assertThat(yonne.awaitingDecision()).as("a flagged re-evaluation awaits a decision again").isEqualTo(1);
        assertThat(yonne.total()).as("the resource partner is not counted").isEqualTo(1);
        assertThat(overview.territories()).hasSize(Territory.values().length);
        assertThat(overview.region().total()).isEqualTo(6);
        assertThat(overview.region().decided()).isEqualTo(1);
    }

    @Test
    void listsTheMembersAndAssociatedMembersThatHaveNotSubmitted() throws Exception {
        MvcResult result = page("/back-office/campagnes/2031");

        assertThat(overview(result).notSubmitted()).extracting(s -> s.structure().id(), StructureProgress::progress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CIO-B", Progress.DRAFT),
                        org.assertj.core.groups.Tuple.tuple("ML-A", Progress.NOT_STARTED));
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("Mission locale A", "CIO B", "2 structures sans auto-évaluation déposée")
                .doesNotContain("CCI F");
    }

    @Test
    void theBackOfficeHomeShowsTheLatestOpenCampaign() throws Exception {
        mongo.insert(BackOfficeFixture.campaign(2032, CampaignStatus.CLOSED));

        MvcResult result = page("/back-office");

        assertThat(overview(result).campaign().id()).isEqualTo("2031");
        assertThat(result.getResponse().getContentAsString()).contains("Tableau de bord de la campagne 2031");
    }

    @Test
    void theCampaignsAddressLeadsToTheDashboard() throws Exception {
        mvc.perform(get("/back-office/campagnes").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/back-office"));
    }

    @Test
    void anUnknownCampaignIsNotFound() throws Exception {
        mvc.perform(get("/back-office/campagnes/2099").with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerClosesTheCampaignWhichIsJournaledUnderTheirName() throws Exception {
        MvcResult closed = mvc.perform(post("/back-office/campagnes/2031/cloture").with(csrf()).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(redirectedUrl("/back-office/campagnes/2031"))
                .andExpect(flash().attribute("notice", "La campagne 2031 est close."))
                .andReturn();

        assertThat(campaigns.find("2031").orElseThrow().isOpen()).isFalse();
        assertThat(journal.latest("CAMPAIGN_CLOSE", 5)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(AccountFixture.OFFICER));
        String html = mvc.perform(get("/back-office/campagnes/2031").with(as(accounts, AccountFixture.OFFICER))
                        .with(Accounts.flash(closed)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("La campagne 2031 est close.", "Rouvrir la campagne 2031")
                .doesNotContain("id=\"reopen-form\"");
    }

    @Test
    void closingAClosedCampaignSaysWhyItIsRefused() throws Exception {
        mvc.perform(post("/back-office/campagnes/2030/cloture").with(csrf()).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(redirectedUrl("/back-office/campagnes/2030"))
                .andExpect(flash().attribute("alert", "La campagne 2030 est déjà close."));
        mvc.perform(post("/back-office/campagnes/2030/ouverture").with(csrf()).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(flash().attribute("notice", "La campagne 2030 est rouverte."));
        assertThat(campaigns.find("2030").orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aTransitionWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/back-office/campagnes/2031/cloture").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isForbidden());
        assertThat(campaigns.find("2031").orElseThrow().isOpen()).isTrue();
    }

    @Test
    void onlyOfficersAndAdministratorsMayCloseACampaign() throws Exception {
        mvc.perform(post("/back-office/campagnes/2031/cloture").with(csrf()).with(as(accounts, AccountFixture.CREFOP)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/back-office/campagnes/2031/cloture").with(csrf()).with(as(accounts, AccountFixture.STRUCTURE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/back-office/campagnes/2031/cloture").with(csrf()).with(as(accounts, AccountFixture.ADMIN)))
                .andExpect(redirectedUrl("/back-office/campagnes/2031"));
        assertThat(campaigns.find("2031").orElseThrow().isOpen()).isFalse();
    }

    @Test
    void anOfficerReopensASubmittedSelfAssessmentWithAReason() throws Exception {
        mvc.perform(post("/back-office/campagnes/2031/reouvertures").with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                        .param("structureId", "CE-D").param("reason", "Le registre joint est celui de 2019"))
                .andExpect(redirectedUrl("/back-office/campagnes/2031"))
                .andExpect(flash().attribute("notice", "L'auto-évaluation de CE-D est rouverte : la structure peut de nouveau la modifier."));

        assertThat(assessments.findByStructureIdAndCampaign("CE-D", "2031").orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(journal.latest(JournalAction.SELF_ASSESSMENT_REOPENED, 5)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AccountFixture.OFFICER);
            assertThat(entry.after()).contains("Le registre joint est celui de 2019");
        });
    }

    @Test
    void theReopeningFormOffersOnlySubmittedUndecidedSelfAssessments() throws Exception {
        assertThat(overview(page("/back-office/campagnes/2031")).reopenable()).extracting(s -> s.structure().id())
                .containsExactlyInAnyOrder("FT-C", "CE-D");
    }

    @Test
    void aReopeningWithoutReasonComesBackWithTheErrorNextToTheField() throws Exception {
        MvcResult refused = mvc.perform(post("/back-office/campagnes/2031/reouvertures").with(csrf())
                        .with(as(accounts, AccountFixture.OFFICER)).param("structureId", "CE-D").param("reason", ""))
                .andExpect(redirectedUrl("/back-office/campagnes/2031#reouverture"))
                .andReturn();

        assertThat(assessments.findByStructureIdAndCampaign("CE-D", "2031").orElseThrow().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        String html = mvc.perform(get("/back-office/campagnes/2031").with(as(accounts, AccountFixture.OFFICER))
                        .with(Accounts.flash(refused)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<p id=\"reason-error\" class=\"field-error\">Indiquez pourquoi vous rouvrez cette auto-évaluation.</p>")
                .contains("aria-describedby=\"reason-hint reason-error\"")
                .contains("aria-invalid=\"true\"")
                .containsPattern("<option value=\"CE-D\"\\s+selected=\"selected\">");
    }

    @Test
    void aDecidedSelfAssessmentCannotBeReopened() throws Exception {
        mvc.perform(post("/back-office/campagnes/2031/reouvertures").with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                        .param("structureId", "IJ-E").param("reason", "Erreur de saisie signalée"))
                .andExpect(result -> assertThat(((FieldErrors) result.getFlashMap().get("reopenErrors")).get("structureId"))
                        .isEqualTo("Une décision de label est déjà prise pour IJ-E (campagne 2031) : son auto-évaluation ne peut plus être rouverte."));
        assertThat(assessments.findByStructureIdAndCampaign("IJ-E", "2031").orElseThrow().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(journal.latest(JournalAction.SELF_ASSESSMENT_REOPENED, 5)).isEmpty();
    }

    @Test
    void anOfficerOpensANewCampaign() throws Exception {
        mvc.perform(post("/back-office/campagnes/nouvelle").with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                        .param("year", "2033").param("deadline", "2033-10-15"))
                .andExpect(redirectedUrl("/back-office/campagnes/2033"))
                .andExpect(flash().attribute("notice", "La campagne 2033 est ouverte."));
        assertThat(campaigns.find("2033").orElseThrow().deadline()).isEqualTo(LocalDate.of(2033, 10, 15));
    }

    @Test
    void aNewCampaignWithABadYearOrDateComesBackWithBothErrors() throws Exception {
        MvcResult refused = mvc.perform(post("/back-office/campagnes/nouvelle").with(csrf()).with(as(accounts, AccountFixture.OFFICER))
                        .param("year", "deux mille").param("deadline", "31/10/2033"))
                .andExpect(redirectedUrl("/back-office#nouvelle-campagne"))
                .andReturn();
        String html = mvc.perform(get("/back-office").with(as(accounts, AccountFixture.OFFICER)).with(Accounts.flash(refused)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"year-error\"", "Indiquez l&#39;année de la campagne sur 4 chiffres",
                "id=\"deadline-error\"", "utilisez le format AAAA-MM-JJ", "value=\"deux mille\"");
        assertThat(campaigns.all()).extracting(c -> c.id()).containsExactly("2030", "2031");
    }

    @Test
    void theDashboardIsInEnglishForEnglishReaders() throws Exception {
        String html = mvc.perform(get("/back-office/campagnes/2031?lang=en").with(as(accounts, AccountFixture.OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Dashboard of campaign 2031", "Evaluated, awaiting decision", "2 structures have not submitted");
    }

    @Test
    void countsTheSameWhenTheDirectorySpansSeveralPages() throws Exception {
        List<String> decidedIds = IntStream.range(0, CampaignOverviews.PAGE_SIZE).mapToObj(i -> String.format("ZZ-%04d", i)).toList();
        mongo.insertAll(decidedIds.stream().map(id -> StructureFixture.member(id, "Structure " + id, "21000", "Dijon",
                Territory.DIJON_BEAUNE, Network.MISSION_LOCALE)).toList());
        mongo.insertAll(decidedIds.stream().map(id -> BackOfficeFixture.submitted(id, "2031", MONDAY)).toList());
        mongo.insertAll(decidedIds.stream()
                .map(id -> BackOfficeFixture.evaluation(id, "2031", LabelDecision.LABELLISE, TUESDAY, List.of())).toList());
        mongo.insertAll(decidedIds.stream().map(id -> DecisionFixture.labelled(id, "2031", LocalDate.of(2031, 6, 1))).toList());

        CampaignOverview overview = overview(page("/back-office/campagnes/2031"));

        assertThat(overview.region().total()).isEqualTo(6 + CampaignOverviews.PAGE_SIZE);
        assertThat(overview.region().decided()).isEqualTo(1 + CampaignOverviews.PAGE_SIZE);
        assertThat(overview.territories().stream().filter(t -> t.territory() == Territory.DIJON_BEAUNE).findFirst().orElseThrow()
                .decided()).isEqualTo(CampaignOverviews.PAGE_SIZE);
        assertThat(overview.notSubmitted()).extracting(s -> s.structure().id()).containsExactly("CIO-B", "ML-A");
        assertThat(overview.reopenable()).extracting(s -> s.structure().id()).containsExactly("CE-D", "FT-C");
    }
}
