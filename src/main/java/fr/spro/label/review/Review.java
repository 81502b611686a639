package fr.spro.label.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.ProcedurePeriods;
import org.springframework.stereotype.Service;

/**
 * The officers' review: a proposal becomes a decision only when an officer confirms it, or
 * replaces it with another decision and a written justification (referential, "Decisions").
 * The decision keeps its date, author and justification; a granting decision is valid for the
 * referential's validity period; the action plan becomes due from the decision date.
 */
@Service
public class Review {

    /** Longest justification, for the form and the API alike: it is printed in the audit file and the notice. */
    public static final int MAX_JUSTIFICATION = 2_000;
    /** Shortest justification of a decision that replaces the proposal. */
    public static final int MIN_JUSTIFICATION = 20;

    private final EvaluationStore store;
    private final Decisions decisions;
    private final CurrentEvaluations current;
    private final ActiveReferential referential;
    private final LabelStanding standing;
    private final Journal journal;
    private final Clock clock;

    public Review(EvaluationStore store, Decisions decisions, CurrentEvaluations current, ActiveReferential referential,
                  LabelStanding standing, Journal journal, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.current = current;
        this.referential = referential;
        this.standing = standing;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Decides on the evaluation of a structure for a campaign, on {@code decidedOn} (today for
     * officers; the demo data replays past dates). The evaluation must be the current one: a
     * decision is never taken on answers that were reopened or data that changed since.
     *
     * @param decision {@code null} to confirm the proposal
     * @throws DecisionRefused {@code NOT_EVALUATED}, {@code STALE_EVALUATION}, {@code JUSTIFICATION_REQUIRED},
     *                         {@code JUSTIFICATION_TOO_LONG} or {@code WAITING_PERIOD}
     */
    public Decision decide(String structureId, String campaign, LabelDecision decision, String justification,
                           Actor officer, LocalDate decidedOn) {
        Evaluation evaluation = store.find(structureId, campaign).orElseThrow(() ->
                new DecisionRefused(DecisionRefused.Code.NOT_EVALUATED,
                        "La structure " + structureId + " n'a pas d'évaluation pour la campagne " + campaign));
        String reason = justification == null ? "" : justification.strip();
        if (reason.length() > MAX_JUSTIFICATION) {
            throw new DecisionRefused(DecisionRefused.Code.JUSTIFICATION_TOO_LONG, "La justification compte " + reason.length()
                    + " caractères : " + MAX_JUSTIFICATION + " au plus.");
        }
        current.whyStale(evaluation).ifPresent(stale -> {
            throw new DecisionRefused(DecisionRefused.Code.STALE_EVALUATION, staleMessage(stale));
        });
        LabelDecision chosen = decision == null ? evaluation.proposal() : decision;
        if (chosen != evaluation.proposal() && reason.length() < MIN_JUSTIFICATION) {
            throw new DecisionRefused(DecisionRefused.Code.JUSTIFICATION_REQUIRED,
                    "Remplacer la proposition « " + evaluation.proposal() + " » par « " + chosen
                            + " » demande une justification écrite (" + MIN_JUSTIFICATION + " caractères au moins).");
        }
        ProcedurePeriods periods = referential.catalogue().periods();
        LabelStanding.Standing before = standing.of(structureId, decidedOn, campaign);
        GrantValidity.checkWaitingPeriod(chosen, decidedOn, before, periods);
        Decision previous = decisions.findById(Decision.idOf(structureId, campaign)).orElse(null);
        LocalDate validUntil = GrantValidity.validUntil(chosen, decidedOn, before, periods);
        Decision taken = decisions.save(new Decision(Decision.idOf(structureId, campaign), structureId, campaign,
                evaluation.proposal(), chosen, reason.isEmpty() ? null : reason, officer.name(), decidedOn, Instant.now(clock),
                validUntil));
        // The officer has now looked at it: a flagged re-evaluation leaves the review queue's flagged list.
        store.storeDecided(withActionPlanDueFrom(evaluation, chosen, decidedOn).reviewed());
        journal.record(officer, chosen == evaluation.proposal() ? JournalAction.DECISION : JournalAction.DECISION_OVERRIDE,
                structureId + "/" + campaign, previous == null ? "proposition " + evaluation.proposal() : String.valueOf(previous.decision()),
                chosen + (reason.isEmpty() ? "" : " — " + reason));
        return taken;
    }

    /** Why the evaluation shown cannot be decided on, in French. */
    public static String staleMessage(CurrentEvaluations.StaleReason reason) {
        return switch (reason) {
            case ANSWERS_REOPENED -> "Les réponses de la structure ont été rouvertes depuis cette évaluation : elle ne peut plus "
                    + "fonder une décision. Attendez leur nouveau dépôt, puis relancez l'évaluation de la campagne.";
            case INPUTS_CHANGED -> "Cette évaluation n'est plus à jour : les réponses, l'activité, le label ou le jeu de règles "
                    + "en vigueur ont changé depuis. Relancez l'évaluation de la campagne, puis décidez sur la nouvelle.";
        };
    }

    /**
     * The items the decision opens, due a period after its notification (not after the evaluation):
     * the action plan of a label under conditions ({@code conditions.period}), one corrective item
     * per major non-conformity of a suspension ({@code major.correction-period}); none otherwise.
     */
    private Evaluation withActionPlanDueFrom(Evaluation evaluation, LabelDecision decision, LocalDate decidedOn) {
        ProcedurePeriods periods = referential.catalogue().periods();
        if (decision == LabelDecision.SUSPENDU) {
            LocalDate due = decidedOn.plus(periods.majorCorrection());
            return evaluation.withActionPlan(evaluation.findings().stream().filter(f -> f.outcome() == Outcome.NC_MAJEURE)
                    .map(f -> new ActionItem(f.criterion(), "Corriger la non-conformité majeure : " + f.explanation(), due, null, null, null))
                    .toList());
        }
        if (decision != LabelDecision.LABELLISE_SOUS_CONDITIONS) {
            return evaluation.withActionPlan(List.of());
        }
        LocalDate due = decidedOn.plus(periods.conditions());
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
