package fr.spro.label.backoffice;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.audit.Decision;
import fr.spro.label.audit.Decisions;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Builds the campaign dashboard from the directory, the self-assessments, the evaluations and the
 * decisions of the campaign: four reads, the answers and findings left out, joined in memory (a
 * Region counts hundreds of structures, not millions). Resource partners are never evaluated, so
 * never counted.
 */
@Service
class CampaignOverviews {

    private static final Comparator<StructureProgress> BY_TERRITORY_AND_NAME = Comparator
            .comparing((StructureProgress s) -> s.structure().territory(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.structure().name(), String.CASE_INSENSITIVE_ORDER);

    private final Structures structures;
    private final Decisions decisions;
    private final MongoTemplate mongo;

    CampaignOverviews(Structures structures, Decisions decisions, MongoTemplate mongo) {
        this.structures = structures;
        this.decisions = decisions;
        this.mongo = mongo;
    }

    CampaignOverview of(Campaign campaign) {
        Map<String, SelfAssessment> assessments = byStructure(assessments(campaign.id()), SelfAssessment::structureId);
        Map<String, Evaluation> evaluations = byStructure(evaluations(campaign.id()), Evaluation::structureId);
        Set<String> decided = decisions.findByCampaign(campaign.id()).stream().map(Decision::structureId).collect(Collectors.toSet());
        List<StructureProgress> all = structures.findByMembershipNot(Membership.RESOURCE_PARTNER).stream()
                .map(s -> progress(s, assessments.get(s.id()), evaluations.get(s.id()), decided.contains(s.id())))
                .sorted(BY_TERRITORY_AND_NAME).toList();
        Map<Territory, List<StructureProgress>> byTerritory = all.stream().filter(s -> s.structure().territory() != null)
                .collect(Collectors.groupingBy(s -> s.structure().territory()));
        List<ProgressCounts> territories = Arrays.stream(Territory.values())
                .map(t -> ProgressCounts.of(t, byTerritory.getOrDefault(t, List.of()))).toList();
        return new CampaignOverview(campaign, territories, ProgressCounts.of(null, all),
                all.stream().filter(s -> !s.progress().isSubmitted()).toList(),
                all.stream().filter(StructureProgress::reopenable).toList());
    }

    private static StructureProgress progress(MemberStructure structure, SelfAssessment assessment, Evaluation evaluation,
                                              boolean decided) {
        Progress progress = Progress.of(assessment, evaluation, decided);
        return new StructureProgress(structure, progress, assessment == null ? null : assessment.updatedAt(),
                assessment != null && assessment.isSubmitted() && !decided);
    }

    private List<SelfAssessment> assessments(String campaign) {
        Query query = Query.query(Criteria.where("campaign").is(campaign));
        query.fields().exclude("answers");
        return mongo.find(query, SelfAssessment.class);
    }

    private List<Evaluation> evaluations(String campaign) {
        Query query = Query.query(Criteria.where("campaign").is(campaign));
        query.fields().exclude("findings").exclude("actionPlan");
        return mongo.find(query, Evaluation.class);
    }

    private static <T> Map<String, T> byStructure(List<T> items, Function<T, String> structureId) {
        return items.stream().collect(Collectors.toMap(structureId, Function.identity(), (first, second) -> first));
    }
}
