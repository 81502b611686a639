package fr.spro.label.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import org.springframework.stereotype.Service;

/**
 * The structure's answers to its action plan, checked by {@link ActionItem} and written to that one
 * item of the stored evaluation, only while it is still open and unchanged since it was read —
 * never by rewriting the whole evaluation, which a campaign job may be replacing at the same time.
 * Whether the plan is in force (a decision granting the label under conditions) is for the caller
 * to know: decisions are the review's, not the evaluation's.
 */
@Service
public class ActionPlans {

    private final EvaluationStore store;
    private final Journal journal;

    ActionPlans(EvaluationStore store, Journal journal) {
        this.store = store;
        this.journal = journal;
    }

    /**
     * Records the structure's response and evidence for the item of that criterion, and marks it
     * done when asked (after the response is recorded, so both can come in one go).
     *
     * @throws ActionItemRefused {@code UNKNOWN_ACTION_ITEM}, {@code ACTION_ITEM_DONE}, {@code RESPONSE_REQUIRED},
     *                           {@code RESPONSE_TOO_LONG} or {@code CONFLICT}
     */
    public ActionItem answer(String structureId, String campaign, String criterion, String response, List<String> evidence,
                             boolean done, Actor actor) {
        Evaluation evaluation = store.find(structureId, campaign)
                .orElseThrow(() -> ActionItemRefused.unknown(structureId, campaign, criterion));
        int index = indexOf(evaluation, criterion);
        if (index < 0) {
            throw ActionItemRefused.unknown(structureId, campaign, criterion);
        }
        ActionItem current = evaluation.actionPlan().get(index);
        ActionItem next = current.answer(response, evidence);
        if (done) {
            next = next.markDone();
        }
        if (!store.storeAnswer(evaluation.id(), index, current, next)) {
            throw ActionItemRefused.conflict(criterion);
        }
        journal.record(actor, next.isDone() ? JournalAction.ACTION_ITEM_DONE : JournalAction.ACTION_ITEM_ANSWERED, structureId + "/" + campaign + "/" + criterion,
                current.status().name(), next.status() + (next.evidence().isEmpty() ? "" : " — " + String.join(", ", next.evidence())));
        return next;
    }

    /**
     * Records the officer's verification of the item of that criterion on {@code day}: lifted, or
     * not lifted with the reason the structure reads.
     *
     * @return the plan as it stands after, every item: whether all are lifted is for the caller (the review) to act on
     * @throws ActionItemRefused {@code UNKNOWN_ACTION_ITEM}, {@code ACTION_ITEM_LIFTED}, {@code VERDICT_REQUIRED},
     *                           {@code RESPONSE_TOO_LONG} or {@code CONFLICT}
     */
    public List<ActionItem> verify(String structureId, String campaign, String criterion, boolean lifted, String reason,
                                   Actor officer, LocalDate day) {
        Evaluation evaluation = store.find(structureId, campaign)
                .orElseThrow(() -> ActionItemRefused.unknown(structureId, campaign, criterion));
        int index = indexOf(evaluation, criterion);
        if (index < 0) {
            throw ActionItemRefused.unknown(structureId, campaign, criterion);
        }
        ActionItem current = evaluation.actionPlan().get(index);
        ActionItem next = current.verified(lifted, reason, day);
        if (!store.storeVerification(evaluation.id(), index, current, next)) {
            throw ActionItemRefused.conflict(criterion);
        }
        journal.record(officer, lifted ? JournalAction.ACTION_ITEM_LIFTED : JournalAction.ACTION_ITEM_NOT_LIFTED,
                structureId + "/" + campaign + "/" + criterion, current.status().name(),
                next.status() + (next.verdict() == null ? "" : " — " + next.verdict()));
        List<ActionItem> plan = new ArrayList<>(evaluation.actionPlan());
        plan.set(index, next);
        return List.copyOf(plan);
    }

    private static int indexOf(Evaluation evaluation, String criterion) {
        List<ActionItem> plan = evaluation.actionPlan();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).criterion().equals(criterion)) {
                return i;
            }
        }
        return -1;
    }
}
