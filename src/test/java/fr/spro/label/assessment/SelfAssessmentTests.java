package fr.spro.label.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Question;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.Test;

/** The guarded transitions of a self-assessment: draft, submitted (locked), reopened. */
class SelfAssessmentTests {

    static final Instant MONDAY = Instant.parse("2040-03-05T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2040-03-06T09:00:00Z");

    static SelfAssessment draft(Map<String, Answer> answers) {
        return SelfAssessment.start("ML-TEST", "2040", MONDAY).withAnswers(answers, MONDAY);
    }

    @Test
    void aNewDraftHasNoAnswerAndEveryQuestionUnanswered() {
        SelfAssessment draft = SelfAssessment.start("ML-TEST", "2040", MONDAY);

        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.id()).isEqualTo("ML-TEST_2040");
        assertThat(draft.unanswered()).containsExactly(Question.values());
    }

    @Test
    void submittingLocksTheAnswersAndDatesTheSubmission() {
        SelfAssessment submitted = draft(SpaceFixture.allAnswered()).submit(TUESDAY);

        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(TUESDAY);
        assertThatThrownBy(() -> submitted.withAnswers(Map.of(), TUESDAY))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.LOCKED));
        assertThatThrownBy(() -> submitted.submit(TUESDAY))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.LOCKED));
    }

    @Test
    void submittingNeedsAnAnswerToEveryQuestionAndNamesTheMissingOnes() {
        SelfAssessment incomplete = draft(SpaceFixture.allAnsweredBut("psad_participation", "previous_action_plan"));

        assertThatThrownBy(() -> incomplete.submit(TUESDAY))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.INCOMPLETE);
                    assertThat(refused.unanswered()).containsExactly(Question.PSAD_PARTICIPATION, Question.PREVIOUS_ACTION_PLAN);
                    assertThat(refused.getMessage()).contains("psad_participation", "previous_action_plan");
                });
    }

    @Test
    void aCommentOrEvidenceWithoutAValueLeavesTheQuestionUnanswered() {
        SelfAssessment draft = draft(Map.of("free_of_charge", new Answer(null, "à vérifier", List.of())));

        assertThat(draft.unanswered()).contains(Question.FREE_OF_CHARGE);
    }

    @Test
    void reopeningGivesTheAnswersBackAsADraftAndKeepsTheSubmissionDate() {
        SelfAssessment reopened = draft(SpaceFixture.allAnswered()).submit(MONDAY).reopen(TUESDAY);

        assertThat(reopened.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(reopened.answers()).isEqualTo(SpaceFixture.allAnswered());
        assertThat(reopened.submittedAt()).isEqualTo(MONDAY);
        assertThat(reopened.updatedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void onlyASubmittedSelfAssessmentCanBeReopened() {
        assertThatThrownBy(() -> draft(Map.of()).reopen(TUESDAY))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.NOT_SUBMITTED));
    }

    @Test
    void refusesAnUnknownQuestionAndAValueThatDoesNotSuitItsQuestion() {
        assertThatThrownBy(() -> draft(Map.of("free_parking", new Answer("true", null, List.of()))))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.INVALID_ANSWER));
        assertThatThrownBy(() -> draft(Map.of("free_of_charge", new Answer("oui", null, List.of()))))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.INVALID_ANSWER));
        assertThatThrownBy(() -> draft(Map.of("previous_action_plan", new Answer("true", null, List.of()))))
                .isInstanceOfSatisfying(SelfAssessmentRefused.class, refused -> assertThat(refused.code()).isEqualTo(SelfAssessmentRefused.Code.INVALID_ANSWER));
    }
}
