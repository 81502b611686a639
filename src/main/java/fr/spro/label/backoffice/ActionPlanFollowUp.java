package fr.spro.label.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Service;

/**
 * The action plans officers follow up: the items of every label granted under conditions and the
 * corrective items of every suspension (the decisions that open items), across structures and
 * campaigns, the most urgent first. The
 * decisions a page at a time, and for each page the plans (findings left out) and structures they
 * name; joined in memory.
 */
@Service
class ActionPlanFollowUp {

    /** Decisions read at a time, each page costing one query to the directory and one per campaign to the evaluations. */
    static final int PAGE_SIZE = 500;

    private static final Comparator<ActionItemRow> MOST_URGENT_FIRST = Comparator
            .comparing((ActionItemRow r) -> r.item().dueOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.structure().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.item().criterion());

    private final DecisionQueries decisions;
    private final EvaluationStore evaluations;
    private final Directory directory;
    private final Clock clock;

    ActionPlanFollowUp(DecisionQueries decisions, EvaluationStore evaluations, Directory directory, Clock clock) {
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.directory = directory;
        this.clock = clock;
    }

    /** Items past due and not done. */
    List<ActionItemRow> overdue(String campaign) {
        return items(campaign).stream().filter(r -> r.followUp() == FollowUp.OVERDUE).toList();
    }

    /** Every item, whatever its follow-up, of one campaign or of all ({@code campaign} null). */
    List<ActionItemRow> items(String campaign) {
        List<ActionItemRow> rows = new ArrayList<>(items(campaign, LabelDecision.LABELLISE_SOUS_CONDITIONS));
        rows.addAll(items(campaign, LabelDecision.SUSPENDU));
        rows.sort(MOST_URGENT_FIRST);
        return rows;
    }

    /** The items opened by decisions of one kind: the action plans of conditions, or the corrections of suspensions. */
    List<ActionItemRow> items(String campaign, LabelDecision opening) {
        LocalDate today = LocalDate.now(clock);
        List<ActionItemRow> rows = new ArrayList<>();
        decisions.forEachPageDeciding(opening, campaign, PAGE_SIZE, page -> rows.addAll(rowsOf(page, today)));
        rows.sort(MOST_URGENT_FIRST);
        return rows;
    }

    /** The action items of one page of decisions, for the structures the directory still holds. */
    private List<ActionItemRow> rowsOf(List<Decision> page, LocalDate today) {
        Map<String, List<String>> structuresByCampaign = page.stream().collect(Collectors.groupingBy(Decision::campaign,
                LinkedHashMap::new, Collectors.mapping(Decision::structureId, Collectors.toList())));
        List<Evaluation> plans = structuresByCampaign.entrySet().stream()
                .flatMap(campaign -> evaluations.actionPlansOf(campaign.getKey(), campaign.getValue()).stream()).toList();
        Map<String, MemberStructure> structures = directory.findAll(plans.stream().map(Evaluation::structureId).distinct().toList())
                .stream().collect(Collectors.toMap(MemberStructure::id, Function.identity()));
        return plans.stream().filter(e -> structures.containsKey(e.structureId()))
                .flatMap(e -> e.actionPlan().stream()
                        .map(item -> EvaluationDetails.actionRow(structures.get(e.structureId()), e.campaign(), item, today)))
                .toList();
    }
}
