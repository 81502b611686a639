package fr.spro.label.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.referential.ProcedurePeriods;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.review.LabelAct;
import fr.spro.label.review.LabelStanding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Loads the {@link LabelTimeline} of structures from their decisions and acts, a page of
 * structures at a time: the label each held on a given day ({@link PriorLabel}, what the rule
 * engine reads as "labelled today"), the label in force before a decision ({@link LabelStanding},
 * what the decision table needs), the structures holding it as a campaign left them (the CREFOP
 * figures), and the registry's status history.
 */
@Service
public class LabelTimelines implements LabelStanding {

    private final DecisionQueries decisions;
    private final ObjectProvider<ActiveReferential> referential;

    LabelTimelines(DecisionQueries decisions, ObjectProvider<ActiveReferential> referential) {
        this.decisions = decisions;
        this.referential = referential;
    }

    /**
     * The last confirmed decision or act that matters for the label (a grant or a suspension)
     * dated on or before {@code date}, with the end of the label's validity; {@link PriorLabel#NONE}
     * when the structure held no label by then.
     */
    public PriorLabel priorLabelOn(String structureId, LocalDate date) {
        return priorLabelsOn(List.of(structureId), date).get(structureId);
    }

    /** The same for a page of structures, in one query (see {@link #timelinesOn}). */
    public Map<String, PriorLabel> priorLabelsOn(Collection<String> structureIds, LocalDate date) {
        Map<String, PriorLabel> states = new HashMap<>();
        timelinesOn(structureIds, date).forEach((id, timeline) -> states.put(id, timeline.priorLabel()));
        return states;
    }

    @Override
    public Standing of(String structureId, LocalDate day, String leavingOutCampaign) {
        List<Decision> others = decisions.ofStructuresEveryCampaign(List.of(structureId)).stream()
                .filter(d -> !d.campaign().equals(leavingOutCampaign)).toList();
        LabelTimeline timeline = LabelTimeline.of(others, decisions.actsOf(List.of(structureId)), day, periods());
        boolean inForce = timeline.status().filter(RegistryStatus::inForce).isPresent();
        return new Standing(inForce ? Optional.ofNullable(timeline.validUntil()) : Optional.empty(),
                Optional.ofNullable(timeline.refusedOn()));
    }

    /**
     * The label timeline of each of these structures up to {@code date}, from one query per
     * collection: one query per structure made the campaign's evaluation and the registry's
     * refresh quadratic in the number of decisions on the embedded store.
     */
    Map<String, LabelTimeline> timelinesOn(Collection<String> structureIds, LocalDate date) {
        Map<String, List<Decision>> byStructure = decisions.ofStructuresEveryCampaign(structureIds).stream()
                .collect(Collectors.groupingBy(Decision::structureId));
        Map<String, List<LabelAct>> actsByStructure = decisions.actsOf(structureIds).stream()
                .collect(Collectors.groupingBy(LabelAct::structureId));
        ProcedurePeriods periods = periods();
        Map<String, LabelTimeline> timelines = new LinkedHashMap<>();
        structureIds.forEach(id -> timelines.put(id, LabelTimeline.of(byStructure.getOrDefault(id, List.of()),
                actsByStructure.getOrDefault(id, List.of()), date, periods)));
        return timelines;
    }

    /**
     * The structures among these that hold the label on the campaign's reference date, as the
     * decisions of the campaigns up to this one and their follow-up left it ({@link LabelTimeline#afterCampaign}): the
     * registry's timeline, so a refusal or an adjournment leaves a label in force as it was, and a
     * suspension takes it away. A grant (with or without conditions) counts while still valid on
     * that date. For a page of structures, their decisions looked up by campaign and structure.
     */
    public Set<String> holdingTheLabel(Collection<String> structureIds, String campaign, LocalDate referenceDate) {
        if (structureIds.isEmpty()) {
            return Set.of();
        }
        Map<String, List<Decision>> byStructure = decisions.ofStructuresUpTo(campaign, structureIds).stream()
                .collect(Collectors.groupingBy(Decision::structureId));
        Map<String, List<LabelAct>> actsByStructure = decisions.actsOf(structureIds).stream()
                .collect(Collectors.groupingBy(LabelAct::structureId));
        ProcedurePeriods periods = periods();
        return structureIds.stream()
                .filter(id -> LabelTimeline.afterCampaign(byStructure.getOrDefault(id, List.of()),
                        actsByStructure.getOrDefault(id, List.of()), campaign, periods)
                        .priorLabel().labelledOn(referenceDate))
                .collect(Collectors.toSet());
    }

    /** The periods of the rule set in force; {@code null} while none is active (grants stored without an end then never expire). */
    private ProcedurePeriods periods() {
        ActiveReferential active = referential.getIfAvailable();
        return active == null ? null : active.catalogue().periods();
    }
}
