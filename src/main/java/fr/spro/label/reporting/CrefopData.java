package fr.spro.label.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityQueries;
import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.registry.LabelTimelines;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Component;

/**
 * Reads what the CREFOP report is computed from, through each owner's queries, a page of structures
 * at a time: the directory's summaries, then for the page its evaluations of the campaign (without
 * findings and action plans), decisions, activity reports and who holds the label. A campaign may
 * hold tens of thousands of structures; no answer is the whole of a collection.
 */
@Component
class CrefopData {

    /** Structures per page: each page is four queries by code, each answer well under the store's limits. */
    static final int PAGE = 1_000;

    private final Campaigns campaigns;
    private final ActiveReferential referential;
    private final Directory directory;
    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;
    private final ActivityQueries activity;
    private final LabelTimelines labels;

    CrefopData(Campaigns campaigns, ActiveReferential referential, Directory directory, EvaluationStore evaluations,
               DecisionQueries decisions, ActivityQueries activity, LabelTimelines labels) {
        this.campaigns = campaigns;
        this.referential = referential;
        this.directory = directory;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.activity = activity;
        this.labels = labels;
    }

    Campaign campaign(String campaign) {
        return campaigns.find(campaign).orElseThrow(() -> ReportUnavailable.campaign(campaign));
    }

    /** The campaign of the year before, when it exists, for the comparison. */
    Optional<Campaign> previous(Campaign campaign) {
        return campaigns.find(String.valueOf(campaign.year() - 1));
    }

    /** The campaigns up to this one included, oldest first. */
    List<Campaign> campaignsUpTo(Campaign campaign) {
        return campaigns.all().stream().filter(c -> c.year() <= campaign.year()).toList();
    }

    /** The campaign's figures, counted over the directory a page at a time (see {@link CrefopFigures.Tallies}). */
    CrefopFigures.Tallies count(Campaign campaign, TerritoryIndicatorRule rule) {
        CrefopFigures.Tallies tallies = new CrefopFigures.Tallies(campaign.id(), campaign.referenceDate(), rule);
        Set<String> evaluatedInTheDirectory = new HashSet<>();
        directory.forEachSummaryPage(PAGE, page -> {
            List<String> ids = page.stream().map(MemberStructure::id).toList();
            Map<String, Evaluation> evaluated = byStructure(evaluations.summariesOf(campaign.id(), ids), Evaluation::structureId);
            Map<String, Decision> decided = byStructure(decisions.ofStructures(campaign.id(), evaluated.keySet()), Decision::structureId);
            Map<String, ActivityReport> reported = byStructure(activity.ofStructures(campaign.id(), ids), ActivityReport::structureId);
            List<String> eligible = page.stream().filter(s -> tallies.eligible(s, evaluated.get(s.id()))).map(MemberStructure::id).toList();
            Set<String> holders = labels.holdingTheLabel(eligible, campaign.id(), campaign.referenceDate());
            for (MemberStructure structure : page) {
                String id = structure.id();
                tallies.structure(structure, evaluated.get(id), decided.get(id), holders.contains(id), reported.get(id));
            }
            evaluatedInTheDirectory.addAll(evaluated.keySet());
        });
        List<String> leftTheDirectory = evaluations.evaluatedStructures(campaign.id()).stream()
                .filter(id -> !evaluatedInTheDirectory.contains(id)).toList();
        for (int from = 0; from < leftTheDirectory.size(); from += PAGE) {
            List<String> ids = leftTheDirectory.subList(from, Math.min(leftTheDirectory.size(), from + PAGE));
            Map<String, Decision> decided = byStructure(decisions.ofStructures(campaign.id(), ids), Decision::structureId);
            evaluations.summariesOf(campaign.id(), ids)
                    .forEach(evaluation -> tallies.evaluationOutsideTheDirectory(evaluation, decided.get(evaluation.structureId())));
        }
        return tallies;
    }

    private static <T> Map<String, T> byStructure(List<T> records, Function<T, String> structureId) {
        return records.stream().collect(Collectors.toMap(structureId, Function.identity(), (a, b) -> a));
    }

    /** The territory indicator's thresholds of the rule set in force. */
    TerritoryIndicatorRule indicatorRule() {
        return TerritoryIndicatorRule.of(referential.catalogue().parameters());
    }
}
