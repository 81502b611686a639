package fr.spro.label.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.ProcedurePeriods;
import fr.spro.label.review.Decision;
import fr.spro.label.review.LabelAct;

/**
 * A structure's label, replayed from its confirmed decisions and the officers' acts up to a given
 * day: the one place that says which state a label is in on a day and which period runs
 * ({@code procedure.md}). The lifecycle, written down once:
 * <ul>
 *   <li>a granting decision ({@code LABELLISE}, {@code LABELLISE_SOUS_CONDITIONS}) starts, renews or
 *       keeps (surveillance) the label until its {@code validUntil}, which the decision carries;</li>
 *   <li>conditions lifted turn a label under conditions into {@code LABELLISE}, same end of validity;</li>
 *   <li>a suspension ({@code SUSPENDU} decision or act) suspends a label in force, which keeps its
 *       end of validity; lifting it brings back the state before; a suspension while no label is in
 *       force changes nothing;</li>
 *   <li>a withdrawal makes the label {@code RETIRE}: it no longer expires, and a new grant starts afresh;</li>
 *   <li>once the end of validity has passed, a label (suspended or not) is {@code EXPIRE} from the day after;</li>
 *   <li>{@code REFUSE}, {@code AJOURNE} and {@code NON_ELIGIBLE} refuse a label; they leave a label in
 *       force as it is (a labelled structure with a major non-conformity is {@code SUSPENDU}, not
 *       {@code REFUSE}); a refusal, like a withdrawal, opens the waiting period before a new grant.</li>
 * </ul>
 * Decisions and acts dated after the day are ignored; so are decisions without a decision or a date.
 */
final class LabelTimeline {

    private static final Comparator<Step> CHRONOLOGICAL = Comparator
            .comparing(Step::on)
            .thenComparing(Step::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Step::campaign, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** One decision or act, as the replay reads it: a decision, or an act's kind. */
    private record Step(LocalDate on, Instant at, String campaign, LabelDecision decision, LabelAct.Kind act, LocalDate validUntil) {

        static Step of(Decision decision) {
            return new Step(decision.decidedOn(), decision.decidedAt(), decision.campaign(), decision.decision(), null, decision.validUntil());
        }

        static Step of(LabelAct act) {
            return new Step(act.on(), act.at(), act.campaign(), null, act.kind(), null);
        }
    }

    private final List<StatusChange> history;
    private final PriorLabel priorLabel;
    private final LocalDate validUntil;
    private final LocalDate dueBy;
    private final LocalDate refusedOn;

    private LabelTimeline(List<StatusChange> history, PriorLabel priorLabel, LocalDate validUntil, LocalDate dueBy, LocalDate refusedOn) {
        this.history = List.copyOf(history);
        this.priorLabel = priorLabel;
        this.validUntil = validUntil;
        this.dueBy = dueBy;
        this.refusedOn = refusedOn;
    }

    /** Replays the decisions alone (no act), as far as the day. */
    static LabelTimeline of(List<Decision> decisions, LocalDate day, ProcedurePeriods periods) {
        return of(decisions, List.of(), day, periods);
    }

    /**
     * Replays the decisions and acts.
     *
     * @param periods the periods in force, for the end of validity of a grant stored without one
     *                (older data) and the due date of conditions and corrections; {@code null} when
     *                no referential is active: such grants then never expire and nothing is due
     */
    static LabelTimeline of(List<Decision> decisions, List<LabelAct> acts, LocalDate day, ProcedurePeriods periods) {
        List<Step> steps = Stream.concat(
                        decisions.stream().filter(d -> d.decision() != null && d.decidedOn() != null).map(Step::of),
                        acts.stream().filter(a -> a.kind() != null && a.on() != null).map(Step::of))
                .filter(step -> !step.on().isAfter(day))
                .sorted(CHRONOLOGICAL)
                .toList();
        Replay replay = new Replay(periods);
        steps.forEach(replay::apply);
        replay.expireBy(day);
        return new LabelTimeline(replay.history, replay.priorLabel, replay.validUntil, replay.dueBy, replay.refusedOn);
    }

    /** The replay's state as it moves from step to step. */
    private static final class Replay {

        private final ProcedurePeriods periods;
        private final List<StatusChange> history = new ArrayList<>();
        private RegistryStatus status;
        private RegistryStatus beforeSuspension;
        private PriorLabel priorLabel = PriorLabel.NONE;
        private LocalDate validUntil;
        private LocalDate dueBy;
        private LocalDate refusedOn;

        Replay(ProcedurePeriods periods) {
            this.periods = periods;
        }

        void apply(Step step) {
            expireBy(step.on());
            if (step.decision() != null) {
                decide(step);
            } else {
                act(step);
            }
        }

        private void decide(Step step) {
            LabelDecision decision = step.decision();
            if (decision.grantsLabel()) {
                validUntil = step.validUntil() != null ? step.validUntil()
                        : periods == null ? null : step.on().plus(periods.labelValidity());
                refusedOn = null;
                boolean conditions = decision == LabelDecision.LABELLISE_SOUS_CONDITIONS;
                change(RegistryStatus.grantedBy(decision), step, conditions && periods != null ? step.on().plus(periods.conditions()) : null);
                priorLabel = new PriorLabel(decision, step.on(), validUntil);
            } else if (decision == LabelDecision.SUSPENDU) {
                suspend(step);
            } else if (decision == LabelDecision.REFUSE) {
                refusedOn = step.on();
            }
        }

        private void act(Step step) {
            switch (step.act()) {
                case CONDITIONS_LIFTED -> {
                    if (status == RegistryStatus.LABELLISE_SOUS_CONDITIONS) {
                        change(RegistryStatus.LABELLISE, step, null);
                        priorLabel = new PriorLabel(LabelDecision.LABELLISE, step.on(), validUntil);
                    }
                }
                case SUSPENDED -> suspend(step);
                case SUSPENSION_LIFTED -> {
                    if (status == RegistryStatus.SUSPENDU) {
                        RegistryStatus back = beforeSuspension == null ? RegistryStatus.LABELLISE : beforeSuspension;
                        change(back, step, null);
                        priorLabel = new PriorLabel(back == RegistryStatus.LABELLISE ? LabelDecision.LABELLISE
                                : LabelDecision.LABELLISE_SOUS_CONDITIONS, step.on(), validUntil);
                    }
                }
                case WITHDRAWN -> {
                    if (holdsALabel()) {
                        change(RegistryStatus.RETIRE, step, null);
                        // For the rules, a withdrawn label is no label: a new one starts afresh.
                        priorLabel = PriorLabel.NONE;
                        refusedOn = step.on();
                    }
                }
            }
        }

        private void suspend(Step step) {
            if (holdsALabel()) {
                if (status != RegistryStatus.SUSPENDU) {
                    beforeSuspension = status;
                }
                change(RegistryStatus.SUSPENDU, step, periods == null ? null : step.on().plus(periods.majorCorrection()));
                priorLabel = new PriorLabel(LabelDecision.SUSPENDU, step.on(), validUntil);
            }
        }

        private boolean holdsALabel() {
            return status != null && status != RegistryStatus.EXPIRE && status != RegistryStatus.RETIRE;
        }

        private void change(RegistryStatus next, Step step, LocalDate due) {
            status = next;
            dueBy = due;
            history.add(new StatusChange(next, step.on(), validUntil, step.campaign()));
        }

        /** A label whose end of validity passed before {@code day} expired the day after that end. */
        void expireBy(LocalDate day) {
            if (status != null && status.inForce() && validUntil != null && validUntil.isBefore(day)) {
                status = RegistryStatus.EXPIRE;
                dueBy = null;
                history.add(new StatusChange(status, validUntil.plusDays(1), validUntil, null));
            }
        }
    }

    /**
     * Replays the decisions of the campaigns up to {@code campaign} included, whatever their date,
     * with the officers' acts that follow them up (conditions or a suspension lifted, a suspension,
     * a withdrawal): the label as those campaigns and their follow-up left it, for a campaign's
     * report. A campaign's own decisions are taken after its reference date, so cutting at a day
     * would leave them out; later campaigns' decisions and acts are left out instead. Campaigns are
     * 4-digit years, so their ids compare as their years do.
     */
    static LabelTimeline afterCampaign(List<Decision> decisions, List<LabelAct> acts, String campaign, ProcedurePeriods periods) {
        List<Decision> upToCampaign = decisions.stream()
                .filter(d -> d.campaign() != null && d.campaign().compareTo(campaign) <= 0)
                .toList();
        List<LabelAct> followingUp = acts.stream()
                .filter(a -> a.campaign() != null && a.campaign().compareTo(campaign) <= 0)
                .toList();
        LocalDate last = Stream.concat(upToCampaign.stream().map(Decision::decidedOn), followingUp.stream().map(LabelAct::on))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        return of(upToCampaign, followingUp, last, periods);
    }

    /** False for structures never granted the label: they are not in the registry. */
    boolean everLabelled() {
        return !history.isEmpty();
    }

    /** The status on the day, if the structure was ever labelled. */
    Optional<RegistryStatus> status() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).status());
    }

    /** The day the current status started; {@code null} for a structure never labelled. */
    LocalDate since() {
        return history.isEmpty() ? null : history.get(history.size() - 1).since();
    }

    /** The date of the last decision or act that set a status; {@code null} for a structure never labelled. */
    LocalDate statusDecidedOn() {
        return lastSet().map(StatusChange::since).orElse(null);
    }

    /** The campaign of the decision that set the current status, or that the act followed up; {@code null} for one never labelled. */
    String statusCampaign() {
        return lastSet().map(StatusChange::campaign).orElse(null);
    }

    /** The last status set by a decision or an act, not by an expiry. */
    private Optional<StatusChange> lastSet() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).campaign() != null) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    LocalDate validUntil() {
        return validUntil;
    }

    /** The date by which the conditions ({@code LABELLISE_SOUS_CONDITIONS}) or corrections ({@code SUSPENDU}) are due; else {@code null}. */
    LocalDate dueBy() {
        return dueBy;
    }

    /** The day of the last refusal or withdrawal since the last grant, which opened a waiting period; else {@code null}. */
    LocalDate refusedOn() {
        return refusedOn;
    }

    /** Oldest first. */
    List<StatusChange> history() {
        return history;
    }

    /** The state the rule engine sees: the last decision that matters and the validity of the label. */
    PriorLabel priorLabel() {
        return priorLabel;
    }
}
