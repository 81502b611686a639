package fr.spro.label.review;

import static fr.spro.label.support.DemoApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.journal.Actor;
import fr.spro.label.support.DemoApi;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A decision is taken on the current evaluation only: once the answers it read were reopened or
 * changed, the decision is refused (409 on the API) until the campaign is evaluated again.
 */
@IntegrationTest
@ActiveProfiles("demo")
// A context (and database) of its own: these tests change the demo data other classes rely on.
@TestPropertySource(properties = "test.own-context=stale-decisions")
class StaleDecisionTests {

    @Autowired WebApplicationContext context;
    @Autowired SelfAssessmentWorkflow assessments;
    @Autowired EvaluationStore evaluations;
    @Autowired CurrentEvaluations current;
    @Autowired Review review;
    @Autowired Decisions decisions;
    MockMvc mvc;

    @BeforeEach
    void api() {
        mvc = DemoApi.mvc(context);
    }

    @Test
    void theDemoEvaluationsAwaitingReviewAreCurrent() {
        assertThat(current.whyStale(evaluations.find("CE-NEVERS", "2025").orElseThrow())).isEmpty();
    }

    @Test
    void aDecisionOnAnEvaluationWhoseAnswersWereReopenedIsRefusedWithAConflict() throws Exception {
        assessments.reopen("ML-NEVERS", "2025", new Actor("officier", "127.0.0.1"), "Pièce illisible");

        mvc.perform(post("/api/campaigns/2025/evaluations/ML-NEVERS/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"CONFIRM\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_EVALUATION"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("rouvertes")));
        assertThat(decisions.findByStructureIdAndCampaign("ML-NEVERS", "2025")).isEmpty();
    }

    @Test
    void answersResubmittedWithAChangeMakeTheEvaluationStaleUntilItIsEvaluatedAgain() {
        SelfAssessment reopened = assessments.reopen("CIO-DECIZE", "2025", new Actor("officier", "127.0.0.1"), "Réponse à corriger");
        Map<String, Answer> answers = new HashMap<>(reopened.answers());
        Answer free = answers.get("free_of_charge");
        answers.put("free_of_charge", new Answer("true".equals(free.value()) ? "false" : "true", free.comment(), free.evidence()));
        assessments.saveDraft("CIO-DECIZE", "2025", answers, new Actor("cio-decize", "127.0.0.1"));
        assessments.submit("CIO-DECIZE", "2025", new Actor("cio-decize", "127.0.0.1"));

        assertThat(current.whyStale(evaluations.find("CIO-DECIZE", "2025").orElseThrow()))
                .contains(CurrentEvaluations.StaleReason.INPUTS_CHANGED);
        assertThatThrownBy(() -> review.decide("CIO-DECIZE", "2025", null, null, new Actor("officier", "127.0.0.1"),
                LocalDate.of(2026, 3, 2)))
                .isInstanceOfSatisfying(DecisionRefused.class, refused ->
                        assertThat(refused.code()).isEqualTo(DecisionRefused.Code.STALE_EVALUATION));
        assertThat(decisions.findByStructureIdAndCampaign("CIO-DECIZE", "2025")).isEmpty();
    }
}
