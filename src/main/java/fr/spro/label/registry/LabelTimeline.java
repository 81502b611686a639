package fr.spro.label.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;

/**
 * A structure's label, replayed from its confirmed decisions up to a given day. The lifecycle of
 * the referential, written down once:
 * <ul>
 *   <li>a granting decision ({@code LABELLISE}, {@code LABELLISE_SOUS_CONDITIONS}) starts or renews
 *       the label until its {@code validUntil};</li>
 *   <li>a {@code SUSPENDU} decision suspends the label in force, which keeps its validity date;
 *       a suspension while no label is in force changes nothing;</li>
 *   <li>once the validity date has passed, the label (suspended or not) is {@code EXPIRE};</li>
 *   <li>{@code REFUSE}, {@code AJOURNE} and {@code NON_ELIGIBLE} refuse a label; they leave a label
 *       in force as it is (the referential makes a labelled structure with a major non-conformity
 *       {@code SUSPENDU}, not {@code REFUSE}).</li>
 * </ul>
 * Decisions dated after the day are ignored; so are records without a decision or a date.
 */
final class LabelTimeline {

    private static final Comparator<Decision> CHRONOLOGICAL = Comparator
            .comparing(Decision::decidedOn)
            .thenComparing(Decision::decidedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Decision::campaign, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private final List<StatusChange> history;
    private final Decision lastThatMatters;
    private final LocalDate validUntil;

    private LabelTimeline(List<StatusChange> history, Decision lastThatMatters, LocalDate validUntil) {
        this.history = List.copyOf(history);
        this.lastThatMatters = lastThatMatters;
        this.validUntil = validUntil;
    }

    /**
     * Replays the decisions.
     *
     * @param validityOf the end of validity of a granting decision stored without one (older data);
     *                   given its decision date
     */
    static LabelTimeline of(List<Decision> decisions, LocalDate day, UnaryOperator<LocalDate> validityOf) {
        List<Decision> confirmed = decisions.stream()
                .filter(d -> d.decision() != null && d.decidedOn() != null && !d.decidedOn().isAfter(day))
                .sorted(CHRONOLOGICAL)
                .toList();
        List<StatusChange> history = new ArrayList<>();
        Decision last = null;
        LocalDate validUntil = null;
        RegistryStatus status = null;
        for (Decision decision : confirmed) {
            if (status != null && status.expires() && expiredBefore(validUntil, decision.decidedOn())) {
                status = RegistryStatus.EXPIRE;
                history.add(new StatusChange(status, validUntil.plusDays(1), validUntil, null));
            }
            if (decision.decision().grantsLabel()) {
                validUntil = decision.validUntil() != null ? decision.validUntil() : validityOf.apply(decision.decidedOn());
                status = RegistryStatus.grantedBy(decision.decision());
                last = decision;
                history.add(new StatusChange(status, decision.decidedOn(), validUntil, decision.campaign()));
            } else if (decision.decision() == LabelDecision.SUSPENDU && status != null && status != RegistryStatus.EXPIRE) {
                status = RegistryStatus.SUSPENDU;
                last = decision;
                history.add(new StatusChange(status, decision.decidedOn(), validUntil, decision.campaign()));
            }
        }
        if (status != null && status.expires() && expiredBefore(validUntil, day)) {
            history.add(new StatusChange(RegistryStatus.EXPIRE, validUntil.plusDays(1), validUntil, null));
        }
        return new LabelTimeline(history, last, validUntil);
    }

    /**
     * Replays the decisions of the campaigns up to {@code campaign} included, whatever their date:
     * the label as those campaigns left it, for a campaign's report. A campaign's own decisions are
     * taken after its reference date, so cutting at a day would leave them out; later campaigns'
     * decisions are left out instead. Campaigns are 4-digit years, so their ids compare as their years do.
     */
    static LabelTimeline afterCampaign(List<Decision> decisions, String campaign, UnaryOperator<LocalDate> validityOf) {
        List<Decision> upToCampaign = decisions.stream()
                .filter(d -> d.campaign() != null && d.campaign().compareTo(campaign) <= 0)
                .toList();
        LocalDate lastDecided = upToCampaign.stream().map(Decision::decidedOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        return of(upToCampaign, lastDecided, validityOf);
    }

    private static boolean expiredBefore(LocalDate validUntil, LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    /** False for structures never granted the label: they are not in the registry. */
    boolean everLabelled() {
        return lastThatMatters != null;
    }

    /** The status on the day, if the structure was ever labelled. */
    Optional<RegistryStatus> status() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).status());
    }

    /** The date of the decision that set the current status; {@code null} for a structure never labelled. */
    LocalDate statusDecidedOn() {
        return lastThatMatters == null ? null : lastThatMatters.decidedOn();
    }

    /** The campaign of the decision that set the current status; {@code null} for a structure never labelled. */
    String statusCampaign() {
        return lastThatMatters == null ? null : lastThatMatters.campaign();
    }

    LocalDate validUntil() {
        return validUntil;
    }

    /** Oldest first. */
    List<StatusChange> history() {
        return history;
    }

    /** The state the rule engine sees: the last decision that matters and the validity of the label. */
    PriorLabel priorLabel() {
        return lastThatMatters == null ? PriorLabel.NONE
                : new PriorLabel(lastThatMatters.decision(), lastThatMatters.decidedOn(), validUntil);
    }
}
