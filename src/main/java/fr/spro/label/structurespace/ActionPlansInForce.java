package fr.spro.label.structurespace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import org.springframework.stereotype.Component;

/**
 * A structure's action plans that are in force: those of the campaigns whose confirmed decision
 * grants the label under conditions. Before the decision, the plan is only part of a proposal.
 */
@Component
class ActionPlansInForce {

    private final DecisionQueries decisions;
    private final EvaluationStore evaluations;
    private final ActiveReferential referential;

    ActionPlansInForce(DecisionQueries decisions, EvaluationStore evaluations, ActiveReferential referential) {
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.referential = referential;
    }

    boolean inForce(String structureId, String campaign) {
        return decisions.find(structureId, campaign)
                .map(decision -> decision.decision() != null && decision.decision().opensItems()).orElse(false);
    }

    /** The items not done yet, the soonest due first. */
    List<OpenAction> open(String structureId, LocalDate today, Locale locale) {
        List<OpenAction> open = new ArrayList<>();
        for (Decision decision : decisions.ofStructure(structureId)) {
            if (decision.decision() == null || !decision.decision().opensItems()) {
                continue;
            }
            Evaluation evaluation = evaluations.find(structureId, decision.campaign()).orElse(null);
            if (evaluation == null) {
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
