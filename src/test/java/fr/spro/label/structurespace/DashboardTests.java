package fr.spro.label.structurespace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.review.Review;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.WebApplicationContext;

/** The dashboard: campaign and deadline, where the answers stand, the label and the open action items. */
@StructureSpaceTest
class DashboardTests {

    @Autowired WebApplicationContext context;
    @Autowired SelfAssessmentWorkflow workflow;
    @Autowired ActivityReports activity;
    @Autowired Evaluations evaluations;
    @Autowired CurrentEvaluations current;
    @Autowired Decisions decisions;
    @Autowired Review review;
    @Autowired MongoTemplate mongo;
    @Autowired Clock clock;
    Space space;

    @BeforeEach
    void structure() {
        space = Space.of(context, "ML-TABLEAU", "ml-tableau");
        mongo.remove(Query.query(Criteria.where("structureId").is(space.id())), SelfAssessment.class);
        mongo.remove(Query.query(Criteria.where("structureId").is(space.id())), ActivityReport.class);
        mongo.remove(Query.query(Criteria.where("structureId").is(space.id())), Decision.class);
        mongo.remove(Query.query(Criteria.where("structureId").is(space.id())), fr.spro.label.evaluation.Evaluation.class);
        context.getBean(fr.spro.label.registry.Registry.class).refresh(space.id());
    }

    String dashboard() throws Exception {
        return space.mvc().perform(get("/mon-espace").with(space.signedIn()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void showsTheCurrentCampaignItsDeadlineAndThatNothingIsFilledInYet() throws Exception {
        space.mvc().perform(get("/mon-espace").with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Campagne " + SpaceFixture.CAMPAIGN)))
                .andExpect(content().string(containsString("31 octobre " + SpaceFixture.CAMPAIGN)))
                .andExpect(content().string(containsString("id=\"assessment-status\">Non commencée")))
                .andExpect(content().string(containsString("id=\"activity-status\">Non renseigné")))
                .andExpect(content().string(containsString("id=\"label-none\"")))
                .andExpect(content().string(containsString("Aucune action en cours.")));
    }

    @Test
    void followsTheSelfAssessmentFromDraftToSubmittedAndTheActivityReport() throws Exception {
        workflow.saveDraft(space.id(), SpaceFixture.CAMPAIGN, SpaceFixture.allAnswered(), new Actor(space.username(), null));
        org.assertj.core.api.Assertions.assertThat(dashboard()).contains("id=\"assessment-status\">Brouillon");

        workflow.submit(space.id(), SpaceFixture.CAMPAIGN, new Actor(space.username(), null));
        activity.save(new ActivityReport(ActivityReport.idOf(space.id(), SpaceFixture.CAMPAIGN), space.id(), SpaceFixture.CAMPAIGN,
                120, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        org.assertj.core.api.Assertions.assertThat(dashboard()).contains("id=\"assessment-status\">Soumise", "soumise le",
                "id=\"activity-status\">Renseigné");
    }

    @Test
    void showsTheLabelItsValidityAndTheOpenActionItemsWithTheirDueDates() throws Exception {
        CurrentEvaluationFixture.saveCurrent(context, SpaceFixture.underConditions(space.id(), "2039"));
        LocalDate decidedOn = LocalDate.now(clock).minusMonths(7);
        review.decide(space.id(), "2039", null, null, new Actor("officier-test", "127.0.0.1"), decidedOn);

        String page = dashboard();

        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"label-status\">Labellisé sous conditions",
                "id=\"label-valid-until\" datetime=\"" + decidedOn.plusYears(3) + "\"", "id=\"open-actions\"",
                "Participer à au moins 3 réunions territoriales sur 4", "datetime=\"" + decidedOn.plusMonths(6) + "\"",
                "Échéance dépassée", "href=\"/mon-espace/resultats/2039#action-NET-01\"");
    }

    @Test
    void aRefusedLabelOpensNoActionPlan() throws Exception {
        CurrentEvaluationFixture.saveCurrent(context, SpaceFixture.underConditions(space.id(), "2039"));
        review.decide(space.id(), "2039", LabelDecision.REFUSE, "Refus motivé par une visite sur site défavorable.",
                new Actor("officier-test", "127.0.0.1"), LocalDate.now(clock));

        String page = dashboard();

        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"label-none\"", "Aucune action en cours.")
                .doesNotContain("id=\"open-actions\"");
    }

    @Test
    void showsTheDashboardInEnglish() throws Exception {
        space.mvc().perform(get("/mon-espace").param("lang", "en").with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My space")))
                .andExpect(content().string(containsString("Not started")))
                .andExpect(content().string(not(containsString("Non commencée"))));
    }
}
