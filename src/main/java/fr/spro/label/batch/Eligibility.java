package fr.spro.label.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Territory;
import org.springframework.stereotype.Component;

/**
 * Who is evaluated for a campaign, defined once: a structure that takes part in evaluations
 * ({@link MemberStructure#isEvaluated}: a member or associated member placed in a territory) and
 * has submitted its self-assessment for the campaign. The campaign job, its total, the check that
 * a decision is taken on the current evaluation and the what-if of a draft rule set all read it.
 */
@Component
public class Eligibility {

    /** Structures read per page when counting. */
    static final int COUNT_PAGE = 1_000;

    private final Directory directory;
    private final SelfAssessmentQueries assessments;

    Eligibility(Directory directory, SelfAssessmentQueries assessments) {
        this.directory = directory;
        this.assessments = assessments;
    }

    /** One structure to evaluate, with the self-assessment it submitted. */
    public record Eligible(MemberStructure structure, SelfAssessment submitted) {
    }

    /**
     * A page of the directory read for a campaign: the eligible structures among it, the code of
     * the last structure read (to ask for the next page) and whether the directory is exhausted.
     */
    public record Page(List<Eligible> eligible, String lastReadId, boolean last) {
    }

    /** The eligible structures among the next {@code size} of the directory after {@code afterId}: one territory, or all when null. */
    public Page page(Campaign campaign, Territory territory, String afterId, int size) {
        List<MemberStructure> structures = directory.evaluatedPage(territory, afterId, size);
        if (structures.isEmpty()) {
            return new Page(List.of(), afterId, true);
        }
        return new Page(among(campaign, structures), structures.get(structures.size() - 1).id(), structures.size() < size);
    }

    /** The eligible ones among these structures, in their order. */
    public List<Eligible> among(Campaign campaign, List<MemberStructure> structures) {
        Map<String, SelfAssessment> submitted = assessments.submitted(campaign.id(),
                structures.stream().map(MemberStructure::id).toList());
        List<Eligible> eligible = new ArrayList<>(submitted.size());
        for (MemberStructure structure : structures) {
            SelfAssessment assessment = submitted.get(structure.id());
            if (assessment != null && structure.isEvaluated()) {
                eligible.add(new Eligible(structure, assessment));
            }
        }
        return eligible;
    }

    /** How many structures are evaluated for the campaign, read a page of the directory at a time in one pass, answers left unread. */
    public long count(String campaign) {
        long[] count = {0};
        directory.forEachEvaluatedPage(COUNT_PAGE,
                page -> count[0] += assessments.countSubmitted(campaign, page.stream().map(MemberStructure::id).toList()));
        return count[0];
    }
}
