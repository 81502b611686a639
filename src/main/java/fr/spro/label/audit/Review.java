package fr.spro.label.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Journal;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The officers' review: a proposal becomes a decision only when an officer confirms it, or
 * replaces it with another decision and a written justification (referential, "Decisions").
 * The decision keeps its date, author and justification; a granting decision is valid for the
 * referential's validity period; the action plan becomes due from the decision date.
 */
@Service
public class Review {

    private final Evaluations evaluations;
    private final Decisions decisions;
    private final ActiveReferential referential;
    private final Journal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Review(Evaluations evaluations, Decisions decisions, ActiveReferential referential, Journal journal,
                  ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.referential = referential;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Decides on the evaluation of a structure for a campaign, on {@code decidedOn} (today for
     * officers; the demo data replays past dates).
     */
    public Decision decide(String structureId, String campaign, LabelDecision decision, String justification,
                           String officer, String origin, LocalDate decidedOn) {
        Evaluation evaluation = evaluations.findById(Evaluation.idOf(structureId, campaign)).orElseThrow(() ->
                new DecisionRefused("NOT_EVALUATED", "La structure " + structureId + " n'a pas d'évaluation pour la campagne " + campaign));
        LabelDecision chosen = decision == null ? evaluation.proposal() : decision;
        String reason = justification == null ? "" : justification.strip();
        if (chosen != evaluation.proposal() && reason.length() < 20) {
            throw new DecisionRefused("JUSTIFICATION_REQUIRED",
                    "Remplacer la proposition « " + evaluation.proposal() + " » par « " + chosen
                            + " » demande une justification écrite (20 caractères au moins).");
        }
        Decision previous = decisions.findById(Decision.idOf(structureId, campaign)).orElse(null);
        LocalDate validUntil = chosen.grantsLabel() ? decidedOn.plusYears(referential.catalogue().labelValidityYears()) : null;
        Decision taken = decisions.save(new Decision(Decision.idOf(structureId, campaign), structureId, campaign,
                evaluation.proposal(), chosen, reason.isEmpty() ? null : reason, officer, decidedOn, Instant.now(clock), validUntil));
        // The officer has now looked at it: a flagged re-evaluation leaves the review queue's flagged list.
        evaluations.save(withActionPlanDueFrom(evaluation, chosen, decidedOn).reviewed());
        journal.record(officer, chosen == evaluation.proposal() ? "DECISION" : "DECISION_OVERRIDE",
                structureId + "/" + campaign, previous == null ? "proposition " + evaluation.proposal() : String.valueOf(previous.decision()),
                chosen + (reason.isEmpty() ? "" : " — " + reason), origin);
        events.publishEvent(new DecisionTaken(structureId, campaign, chosen));
        return taken;
    }

    /** Action-plan items are due a number of months after the decision, not after the evaluation. */
    private Evaluation withActionPlanDueFrom(Evaluation evaluation, LabelDecision decision, LocalDate decidedOn) {
        if (decision != LabelDecision.LABELLISE_SOUS_CONDITIONS) {
            return evaluation.withActionPlan(List.of());
        }
        LocalDate due = decidedOn.plusMonths(referential.catalogue().actionPlanDueMonths());
        List<ActionItem> items = evaluation.actionPlan().isEmpty()
                // an officer granted conditions the rules did not propose: one item per finding to correct
                ? evaluation.findings().stream().filter(f -> f.outcome().isMinor() || f.outcome() == Outcome.NC_MAJEURE)
                        .map(f -> new ActionItem(f.criterion(), f.explanation(), due, null, null, null)).toList()
                : evaluation.actionPlan().stream()
                        .map(item -> new ActionItem(item.criterion(), item.description(), due, item.status(), item.response(), item.evidence()))
                        .toList();
        return evaluation.withActionPlan(items);
    }
}
