package fr.spro.label.backoffice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentQueries;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Territory;
import org.springframework.stereotype.Service;

/**
 * Builds the campaign dashboard from the directory, the self-assessments, the evaluations and the
 * decisions of the campaign: the directory's evaluated structures a page at a time (resource
 * partners are never evaluated, so never counted), and for each page what the three other owners
 * hold on those structures, answers and findings left out; joined in memory (a Region counts
 * hundreds of structures, not millions).
 */
@Service
class CampaignOverviews {

    /** Structures read at a time, each page costing one query to each of the four owners. */
    static final int PAGE_SIZE = 500;

    private static final Comparator<StructureProgress> BY_TERRITORY_AND_NAME = Comparator
            .comparing((StructureProgress s) -> s.structure().territory(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.structure().name(), String.CASE_INSENSITIVE_ORDER);

    private final Directory directory;
    private final SelfAssessmentQueries assessments;
    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;

    CampaignOverviews(Directory directory, SelfAssessmentQueries assessments, EvaluationStore evaluations, DecisionQueries decisions) {
        this.directory = directory;
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.decisions = decisions;
    }

    CampaignOverview of(Campaign campaign) {
        List<StructureProgress> all = new ArrayList<>();
        directory.forEachEvaluatedPage(PAGE_SIZE, page -> all.addAll(progressOf(page, campaign.id())));
        all.sort(BY_TERRITORY_AND_NAME);
        Map<Territory, List<StructureProgress>> byTerritory = all.stream().filter(s -> s.structure().territory() != null)
                .collect(Collectors.groupingBy(s -> s.structure().territory()));
        List<ProgressCounts> territories = Arrays.stream(Territory.values())
                .map(t -> ProgressCounts.of(t, byTerritory.getOrDefault(t, List.of()))).toList();
        return new CampaignOverview(campaign, territories, ProgressCounts.of(null, all),
                all.stream().filter(s -> !s.progress().isSubmitted()).toList(),
                all.stream().filter(StructureProgress::reopenable).toList());
    }

    /** Where each structure of one page of the directory stands in the campaign. */
    private List<StructureProgress> progressOf(List<MemberStructure> page, String campaign) {
        List<String> ids = page.stream().map(MemberStructure::id).toList();
        Map<String, SelfAssessment> assessed = byStructure(assessments.summariesOf(campaign, ids), SelfAssessment::structureId);
        Map<String, Evaluation> evaluated = byStructure(evaluations.summariesOf(campaign, ids), Evaluation::structureId);
        Set<String> decided = decisions.ofStructures(campaign, ids).stream().map(Decision::structureId).collect(Collectors.toSet());
        return page.stream().map(s -> progress(s, assessed.get(s.id()), evaluated.get(s.id()), decided.contains(s.id()))).toList();
    }

    private static StructureProgress progress(MemberStructure structure, SelfAssessment assessment, Evaluation evaluation,
                                              boolean decided) {
        Progress progress = Progress.of(assessment, evaluation, decided);
        return new StructureProgress(structure, progress, assessment == null ? null : assessment.updatedAt(),
                assessment != null && assessment.isSubmitted() && !decided);
    }

    private static <T> Map<String, T> byStructure(List<T> items, Function<T, String> structureId) {
        return items.stream().collect(Collectors.toMap(structureId, Function.identity(), (first, second) -> first));
    }
}
