package fr.spro.label.structurespace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.audit.Decision;
import fr.spro.label.audit.Decisions;
import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.LabelDecision;
import org.springframework.stereotype.Component;

/**
 * A structure's action plans that are in force: those of the campaigns whose confirmed decision
 * grants the label under conditions. Before the decision, the plan is only part of a proposal.
 */
@Component
class ActionPlansInForce {

    private final Decisions decisions;
    private final Evaluations evaluations;
    private final ActiveReferential referential;

    ActionPlansInForce(Decisions decisions, Evaluations evaluations, ActiveReferential referential) {
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.referential = referential;
    }

    boolean inForce(String structureId, String campaign) {
        return decisions.findByStructureIdAndCampaign(structureId, campaign)
                .map(decision -> decision.decision() == LabelDecision.LABELLISE_SOUS_CONDITIONS).orElse(false);
    }

    /** The items not done yet, the soonest due first. */
    List<OpenAction> open(String structureId, LocalDate today, Locale locale) {
        Map<String, Evaluation> byCampaign = evaluations.findByStructureId(structureId).stream()
                .collect(Collectors.toMap(Evaluation::campaign, Function.identity()));
        List<OpenAction> open = new ArrayList<>();
        for (Decision decision : decisions.findByStructureIdOrderByDecidedOnDesc(structureId)) {
            Evaluation evaluation = byCampaign.get(decision.campaign());
            if (decision.decision() != LabelDecision.LABELLISE_SOUS_CONDITIONS || evaluation == null) {
                continue;
            }
            for (ActionItem item : evaluation.actionPlan()) {
                if (!item.isDone()) {
                    open.add(new OpenAction(decision.campaign(), item.criterion(), title(item.criterion(), locale),
                            item.description(), item.dueOn(), item.isOverdueOn(today)));
                }
            }
        }
        open.sort(Comparator.comparing(OpenAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return open;
    }

    String title(String criterionId, Locale locale) {
        return referential.catalogue().criterion(criterionId).map((Criterion c) -> c.title(locale)).orElse(criterionId);
    }

    /** One open item, as the dashboard lists it. */
    public record OpenAction(String campaign, String criterion, String title, String description, LocalDate dueOn, boolean overdue) {
    }
}
