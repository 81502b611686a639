package fr.spro.label.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.spro.label.referential.Question;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A structure's self-assessment for one campaign. Answers are keyed by question code and kept
 * in one document, so an evaluation reads one document per structure.
 *
 * <p>Its life: a draft that the structure saves as often as it likes, then submitted — answers
 * locked, the evaluation job picks it up — until an officer reopens it as a draft. The guarded
 * methods below return the next state or refuse with a {@link SelfAssessmentRefused}; they store
 * nothing ({@link SelfAssessmentWorkflow} does).
 */
@Document("self_assessments")
@CompoundIndex(name = "structure_campaign", def = "{'structureId': 1, 'campaign': 1}", unique = true)
@CompoundIndex(name = "campaign_status", def = "{'campaign': 1, 'status': 1}")
public record SelfAssessment(
        @Id String id,
        String structureId,
        String campaign,
        AssessmentStatus status,
        Map<String, Answer> answers,
        Instant submittedAt,
        Instant updatedAt) {

    public SelfAssessment {
        answers = answers == null ? Map.of() : new TreeMap<>(answers);
    }

    /** The natural key as document id: structure ids never contain {@code _}. */
    public static String idOf(String structureId, String campaign) {
        return structureId + "_" + campaign;
    }

    public boolean isSubmitted() {
        return status == AssessmentStatus.SUBMITTED;
    }

    /** A new draft without any answer. */
    public static SelfAssessment start(String structureId, String campaign, Instant now) {
        return new SelfAssessment(idOf(structureId, campaign), structureId, campaign, AssessmentStatus.DRAFT, Map.of(), null, now);
    }

    /**
     * The draft with these answers instead of its own (every question given, or left out).
     *
     * @throws SelfAssessmentRefused {@code LOCKED} once submitted; {@code INVALID_ANSWER} for an unknown
     *                               question or a value that does not suit it
     */
    public SelfAssessment withAnswers(Map<String, Answer> newAnswers, Instant now) {
        if (isSubmitted()) {
            throw SelfAssessmentRefused.locked(structureId, campaign);
        }
        newAnswers.forEach((code, answer) -> {
            Question question = Question.ofCode(code).orElseThrow(() -> SelfAssessmentRefused.invalidAnswer(code, answer.value()));
            if (answer.value() != null && !Answer.suits(question, answer.value())) {
                throw SelfAssessmentRefused.invalidAnswer(code, answer.value());
            }
        });
        return new SelfAssessment(id, structureId, campaign, AssessmentStatus.DRAFT, newAnswers, submittedAt, now);
    }

    /** The questions without an answer value, in the order of the import format. */
    public List<Question> unanswered() {
        return Arrays.stream(Question.values()).filter(question -> {
            Answer answer = answers.get(question.code());
            return answer == null || answer.value() == null;
        }).toList();
    }

    /**
     * The self-assessment submitted: its answers are locked and the evaluation job will read it.
     *
     * @throws SelfAssessmentRefused {@code LOCKED} when already submitted, {@code INCOMPLETE} when a question has no answer
     */
    public SelfAssessment submit(Instant now) {
        if (isSubmitted()) {
            throw SelfAssessmentRefused.locked(structureId, campaign);
        }
        List<Question> missing = unanswered();
        if (!missing.isEmpty()) {
            throw SelfAssessmentRefused.incomplete(missing);
        }
        return new SelfAssessment(id, structureId, campaign, AssessmentStatus.SUBMITTED, answers, now, now);
    }

    /**
     * The self-assessment back to a draft, answers kept, so the structure can change them. The date
     * of the last submission is kept: it says when the answers were last handed in.
     *
     * @throws SelfAssessmentRefused {@code NOT_SUBMITTED} when it is a draft already
     */
    public SelfAssessment reopen(Instant now) {
        if (!isSubmitted()) {
            throw SelfAssessmentRefused.notSubmitted(structureId, campaign);
        }
        return new SelfAssessment(id, structureId, campaign, AssessmentStatus.DRAFT, answers, submittedAt, now);
    }
}
