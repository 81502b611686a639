package fr.spro.label.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A structure's self-assessment for one campaign. Answers are keyed by question code and kept
 * in one document, so an evaluation reads one document per structure.
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

    /**
     * This self-assessment back to a draft its structure can change, its answers kept. Only a
     * submitted one can be reopened.
     */
    public SelfAssessment reopened(Instant now) {
        if (!isSubmitted()) {
            throw new TransitionRefused("NOT_SUBMITTED", "L'auto-évaluation de " + structureId + " pour la campagne "
                    + campaign + " n'est pas déposée : il n'y a rien à rouvrir.");
        }
        return new SelfAssessment(id, structureId, campaign, AssessmentStatus.DRAFT, answers, null, now);
    }
}
