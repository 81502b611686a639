package fr.spro.label.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActionPlans;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.LabelDecision;
import org.springframework.stereotype.Service;

/**
 * The officer's side of the follow-up of items ({@code procedure.md}, "Follow-up of action
 * items"): each item marked lifted or not lifted; once every item of the plan is lifted, the
 * conditions of a label under conditions are lifted (the label is granted in full, same end of
 * validity), or the suspension is lifted (back to the state before). The officer's last "lifted"
 * is that act: it is recorded, dated and journaled with it.
 */
@Service
public class PlanVerification {

    private final ActionPlans plans;
    private final Decisions decisions;
    private final LabelActs acts;
    private final Journal journal;
    private final Clock clock;

    PlanVerification(ActionPlans plans, Decisions decisions, LabelActs acts, Journal journal, Clock clock) {
        this.plans = plans;
        this.decisions = decisions;
        this.acts = acts;
        this.journal = journal;
        this.clock = clock;
    }

    /** The plan after the verification, and the act it completed if it did. */
    public record Verified(List<ActionItem> plan, Optional<LabelAct.Kind> completed) {
    }

    /**
     * @throws DecisionRefused {@code NO_PLAN_IN_FORCE} when the campaign's decision opened no plan to follow
     * @throws fr.spro.label.evaluation.ActionItemRefused as {@link ActionPlans#verify} refuses it
     */
    public Verified verify(String structureId, String campaign, String criterion, boolean lifted, String reason, Actor officer) {
        Decision decision = decisions.findById(Decision.idOf(structureId, campaign))
                .filter(d -> d.decision() != null && d.decision().opensItems())
                .orElseThrow(() -> new DecisionRefused(DecisionRefused.Code.NO_PLAN_IN_FORCE, "Aucun plan d'actions en vigueur pour « "
                        + structureId + " » à la suite de la campagne " + campaign + " : rien à lever."));
        LocalDate today = LocalDate.now(clock);
        List<ActionItem> plan = plans.verify(structureId, campaign, criterion, lifted, reason, officer, today);
        if (!lifted || plan.isEmpty() || !plan.stream().allMatch(ActionItem::isLifted)) {
            return new Verified(plan, Optional.empty());
        }
        boolean conditions = decision.decision() == LabelDecision.LABELLISE_SOUS_CONDITIONS;
        LabelAct.Kind kind = conditions ? LabelAct.Kind.CONDITIONS_LIFTED : LabelAct.Kind.SUSPENSION_LIFTED;
        acts.save(new LabelAct(LabelAct.idOf(structureId, kind, campaign, today), structureId, kind, campaign, today, Instant.now(clock),
                officer.name(), null));
        journal.record(officer, conditions ? JournalAction.CONDITIONS_LIFTED : JournalAction.SUSPENSION_LIFTED,
                structureId + "/" + campaign, String.valueOf(decision.decision()), plan.size() + " action(s) levée(s)");
        return new Verified(plan, Optional.of(kind));
    }
}
