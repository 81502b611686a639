package fr.spro.label.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.explanation.ExplanationQueries;
import fr.spro.label.explanation.PendingExplanation;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.ProcedurePeriods;
import fr.spro.label.registry.Registry;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.Territory;
import org.springframework.stereotype.Service;

/**
 * Every running period of the label procedure across structures ({@code procedure.md}, "Deadlines
 * shown to people"), soonest first, overdue marked: items of action plans and corrections due
 * from the structures, items done that the officer has to verify within {@code verification.period},
 * explanations of decisions asked for, due within {@code explanation.period}, and labels whose
 * validity ends within {@code label.ending-notice}. Computed from the plans, the requests and the
 * registry each time, never stored twice.
 */
@Service
class Deadlines {

    private static final Comparator<Deadline> SOONEST_FIRST = Comparator.comparing(Deadline::dueOn)
            .thenComparing(Deadline::structureName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(d -> d.criterion() == null ? "" : d.criterion());

    private final ActionPlanFollowUp plans;
    private final Registry registry;
    private final ExplanationQueries explanations;
    private final Directory directory;
    private final ActiveReferential referential;
    private final Clock clock;

    Deadlines(ActionPlanFollowUp plans, Registry registry, ExplanationQueries explanations, Directory directory,
              ActiveReferential referential, Clock clock) {
        this.plans = plans;
        this.registry = registry;
        this.explanations = explanations;
        this.directory = directory;
        this.referential = referential;
        this.clock = clock;
    }

    /** What runs out on the due date. */
    enum Kind {
        /** An action of the plan of a label under conditions, due from the structure. */
        CONDITION_ITEM,
        /** A correction of a suspended label, due from the structure. */
        CORRECTION_ITEM,
        /** An item the structure marked done, for the officer to verify. */
        VERIFICATION,
        /** A label whose validity ends: renewed by a decision before, or expired the day after. */
        LABEL_ENDING,
        /** The explanation of a decision a structure asked for, to send. */
        EXPLANATION
    }

    /** One running period: who, what, until when. */
    record Deadline(String structureId, String structureName, Territory territory, Kind kind, String campaign, String criterion,
                    LocalDate dueOn, boolean overdue) {
    }

    /** Every running period, of one territory or of all ({@code territory} null). */
    List<Deadline> running(Territory territory) {
        LocalDate today = LocalDate.now(clock);
        ProcedurePeriods periods = referential.catalogue().periods();
        List<Deadline> deadlines = new ArrayList<>();
        items(LabelDecision.LABELLISE_SOUS_CONDITIONS, Kind.CONDITION_ITEM, periods, today, deadlines);
        items(LabelDecision.SUSPENDU, Kind.CORRECTION_ITEM, periods, today, deadlines);
        registry.endingBetween(today, today.plus(periods.endingNotice())).forEach(entry -> deadlines.add(new Deadline(
                entry.structureId(), entry.name(), entry.territory(), Kind.LABEL_ENDING, entry.campaign(), null, entry.validUntil(), false)));
        explanationsToSend(today, deadlines);
        return deadlines.stream().filter(d -> territory == null || d.territory() == territory).sorted(SOONEST_FIRST).toList();
    }

    /** The explanations asked for and not sent yet, with their structure's territory. */
    private void explanationsToSend(LocalDate today, List<Deadline> deadlines) {
        List<PendingExplanation> pending = explanations.pending();
        Map<String, Territory> territories = new HashMap<>();
        directory.findAll(pending.stream().map(PendingExplanation::structureId).distinct().toList())
                .forEach(structure -> territories.put(structure.id(), structure.territory()));
        pending.stream().filter(request -> territories.get(request.structureId()) != null).forEach(request -> deadlines.add(new Deadline(
                request.structureId(), request.structureName(), territories.get(request.structureId()), Kind.EXPLANATION,
                request.campaign(), null, request.dueOn(), request.overdueOn(today))));
    }

    /** The items of the plans opened by decisions of one kind that still wait on someone: the structure, or the officer. */
    private void items(LabelDecision opening, Kind kind, ProcedurePeriods periods, LocalDate today, List<Deadline> deadlines) {
        for (ActionItemRow row : plans.items(null, opening)) {
            ActionItem item = row.item();
            if (item.isLifted() || item.dueOn() == null) {
                continue;
            }
            boolean toVerify = item.status() == ActionItem.ActionStatus.DONE;
            // The officer checks within the verification period after the item's own due date.
            LocalDate due = toVerify ? item.dueOn().plus(periods.verification()) : item.dueOn();
            deadlines.add(new Deadline(row.structure().id(), row.structure().name(), row.structure().territory(),
                    toVerify ? Kind.VERIFICATION : kind, row.campaign(), item.criterion(), due, due.isBefore(today)));
        }
    }
}
