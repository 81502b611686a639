package fr.spro.label.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The action plans officers follow up: the items of every label granted under conditions (the
 * only decision that opens a plan), across structures and campaigns, the most urgent first.
 */
@Service
class ActionPlanFollowUp {

    private static final Comparator<ActionItemRow> MOST_URGENT_FIRST = Comparator
            .comparing((ActionItemRow r) -> r.item().dueOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.structure().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.item().criterion());

    private final MongoTemplate mongo;
    private final Structures structures;
    private final Clock clock;

    ActionPlanFollowUp(MongoTemplate mongo, Structures structures, Clock clock) {
        this.mongo = mongo;
        this.structures = structures;
        this.clock = clock;
    }

    /** Items past due and not done. */
    List<ActionItemRow> overdue(String campaign) {
        return items(campaign).stream().filter(r -> r.followUp() == FollowUp.OVERDUE).toList();
    }

    /** Every item, whatever its follow-up. */
    List<ActionItemRow> items(String campaign) {
        Criteria granted = Criteria.where("decision").is(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        if (campaign != null) {
            granted = granted.and("campaign").is(campaign);
        }
        List<String> ids = mongo.find(Query.query(granted), Decision.class).stream().map(Decision::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Query plans = Query.query(Criteria.where("_id").in(ids));
        plans.fields().exclude("findings");
        List<Evaluation> evaluations = mongo.find(plans, Evaluation.class);
        Map<String, MemberStructure> directory = structures.findAllById(evaluations.stream().map(Evaluation::structureId).toList())
                .stream().collect(Collectors.toMap(MemberStructure::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return evaluations.stream().filter(e -> directory.containsKey(e.structureId()))
                .flatMap(e -> e.actionPlan().stream()
                        .map(item -> EvaluationDetails.actionRow(directory.get(e.structureId()), e.campaign(), item, today)))
                .sorted(MOST_URGENT_FIRST).toList();
    }
}
