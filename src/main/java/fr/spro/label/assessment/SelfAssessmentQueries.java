package fr.spro.label.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The self-assessments' exported queries: how other modules read them. */
@Component
public class SelfAssessmentQueries {

    private final SelfAssessments assessments;

    SelfAssessmentQueries(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    /** The self-assessment of one structure for one campaign. */
    public Optional<SelfAssessment> find(String structureId, String campaign) {
        return assessments.findById(SelfAssessment.idOf(structureId, campaign));
    }

    /**
     * The self-assessments of these structures for the campaign, those started, without their
     * answers: what a dashboard needs of a page of structures (status and dates), in one query.
     * Looked up by document id (the natural key); the answers, most of each document, stay unread.
     */
    public List<SelfAssessment> summariesOf(String campaign, Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return assessments.findWithoutAnswersByIdIn(structureIds.stream().map(id -> SelfAssessment.idOf(id, campaign)).toList());
    }

    /**
     * Whether one of the structure's own answers, in any campaign, names this evidence file: a
     * structure may download only the files it attached. Answers are a map keyed by question, so
     * the check reads the structure's self-assessments (one a campaign) rather than querying a path.
     */
    public boolean namesEvidence(String structureId, String fileId) {
        return assessments.findByStructureId(structureId).stream()
                .flatMap(assessment -> assessment.answers().values().stream())
                .flatMap(answer -> answer.evidence().stream())
                .anyMatch(ref -> fileId.equals(ref.fileId()));
    }
}
