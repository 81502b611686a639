package fr.spro.label.rulesets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.evaluation.LabelState;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.label.LabelStates;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.rulesets.WhatIfReport.FindingChange;
import fr.spro.label.rulesets.WhatIfReport.Kind;
import fr.spro.label.rulesets.WhatIfReport.ProposalShift;
import fr.spro.label.rulesets.WhatIfReport.StructureChange;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Evaluates a draft rule set on a past campaign's stored data — the structures the campaign job
 * would evaluate (members and associated members with a submitted self-assessment), their activity
 * report and their label as it stood on the campaign's reference date — and compares each result
 * with the evaluation stored for the campaign. Reads only; nothing is written, not even a log line
 * per structure.
 */
@Service
class WhatIf {

    /** Structures evaluated in one call of the draft: the rule set shares sessions within a call. */
    private static final int BATCH = 256;

    private final Campaigns campaigns;
    private final Structures structures;
    private final SelfAssessments selfAssessments;
    private final Evaluations evaluations;
    private final LabelStates labelStates;
    private final MongoTemplate mongo;
    private final int shown;

    WhatIf(Campaigns campaigns, Structures structures, SelfAssessments selfAssessments, Evaluations evaluations,
           LabelStates labelStates, MongoTemplate mongo, RuleSetsProperties limits) {
        this.campaigns = campaigns;
        this.structures = structures;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.labelStates = labelStates;
        this.mongo = mongo;
        this.shown = limits.whatIfShown();
    }

    /** The campaigns that hold stored evaluations to compare with, the latest first. */
    List<Campaign> pastCampaigns() {
        return campaigns.all().stream().filter(c -> evaluations.findFirstByCampaign(c.id()).isPresent())
                .sorted(Comparator.comparingInt(Campaign::year).reversed()).toList();
    }

    /** @throws UnknownCampaign when the campaign does not exist */
    WhatIfReport simulate(RuleSet draft, String activeVersion, String campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaign(campaignId));
        Map<String, Evaluation> stored = evaluations.findByCampaign(campaign.id()).stream()
                .collect(Collectors.toMap(Evaluation::structureId, Function.identity(), (a, b) -> a, TreeMap::new));
        List<EvaluationRequest> requests = requests(campaign);
        Map<String, MemberStructure> names = new LinkedHashMap<>();
        requests.forEach(r -> names.put(r.structure().id(), r.structure()));

        Tally tally = new Tally();
        Map<String, Evaluation> simulated = evaluate(draft, requests, tally);
        Set<String> ids = new TreeSet<>(stored.keySet());
        ids.addAll(names.keySet());
        Map<String, MemberStructure> missingNames = directory(ids.stream().filter(id -> !names.containsKey(id)).toList());
        for (String id : ids) {
            MemberStructure structure = names.getOrDefault(id, missingNames.get(id));
            compare(id, structure == null ? id : structure.name(), stored.get(id), simulated.get(id), names.containsKey(id), tally);
        }
        Set<String> versions = new TreeSet<>();
        stored.values().stream().map(Evaluation::ruleSetVersion).filter(Objects::nonNull).forEach(versions::add);
        List<ProposalShift> shifts = tally.shifts.entrySet().stream()
                .map(e -> new ProposalShift(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(ProposalShift::structures).reversed()).toList();
        return new WhatIfReport(campaign.id(), draft.version(), activeVersion, List.copyOf(versions), simulated.size(),
                tally.unchanged, tally.changes.size(), tally.proposalsChanged, tally.findingsChanged, tally.created, tally.gone,
                shifts, tally.changes.stream().limit(shown).toList(), List.copyOf(tally.failures));
    }

    /** What the campaign job reads for each structure it evaluates, in structure id order. */
    private List<EvaluationRequest> requests(Campaign campaign) {
        Map<String, SelfAssessment> submitted = selfAssessments.findByCampaignAndStatus(campaign.id(), AssessmentStatus.SUBMITTED)
                .stream().collect(Collectors.toMap(SelfAssessment::structureId, Function.identity(), (a, b) -> a));
        Map<String, ActivityReport> activity = mongo.find(Query.query(Criteria.where("campaign").is(campaign.id())), ActivityReport.class)
                .stream().collect(Collectors.toMap(ActivityReport::structureId, Function.identity(), (a, b) -> a));
        Map<String, LabelState> labels = labelStates.statesOn(submitted.keySet(), campaign.referenceDate());
        List<EvaluationRequest> requests = new ArrayList<>();
        for (MemberStructure structure : directory(submitted.keySet()).values()) {
            if (structure.membership() != null && structure.membership().isEvaluated() && structure.territory() != null) {
                requests.add(new EvaluationRequest(structure, campaign, submitted.get(structure.id()), activity.get(structure.id()),
                        labels.get(structure.id())));
            }
        }
        return requests;
    }

    private Map<String, MemberStructure> directory(java.util.Collection<String> ids) {
        Map<String, MemberStructure> byId = new TreeMap<>();
        structures.findAllById(ids).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** Evaluates by batches; a batch that fails is retried structure by structure to name the ones that fail. */
    private static Map<String, Evaluation> evaluate(RuleSet draft, List<EvaluationRequest> requests, Tally tally) {
        Map<String, Evaluation> results = new LinkedHashMap<>();
        for (int from = 0; from < requests.size(); from += BATCH) {
            List<EvaluationRequest> batch = requests.subList(from, Math.min(requests.size(), from + BATCH));
            try {
                draft.evaluateAll(batch).forEach(e -> results.put(e.structureId(), e));
            } catch (RuntimeException batchFailed) {
                for (EvaluationRequest request : batch) {
                    try {
                        Evaluation one = draft.evaluate(request);
                        results.put(one.structureId(), one);
                    } catch (RuntimeException failed) {
                        tally.failures.add(new WhatIfReport.Failure(request.structure().id(),
                                failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage()));
                    }
                }
            }
        }
        return results;
    }

    private static void compare(String id, String name, Evaluation before, Evaluation after, boolean evaluable, Tally tally) {
        if (after == null && evaluable) {
            return; // the draft failed on it: listed among the failures
        }
        if (before == null) {
            tally.created++;
            tally.add(new StructureChange(id, name, Kind.NEW, null, after.compliance(), null, after.proposal(), changes(null, after)));
            return;
        }
        if (after == null) {
            tally.gone++;
            tally.add(new StructureChange(id, name, Kind.NO_LONGER_EVALUATED, before.compliance(), null, before.proposal(), null, List.of()));
            return;
        }
        List<FindingChange> findings = changes(before, after);
        if (findings.isEmpty() && before.proposal() == after.proposal() && before.compliance() == after.compliance()) {
            tally.unchanged++;
            return;
        }
        tally.findingsChanged += findings.size();
        tally.add(new StructureChange(id, name, Kind.CHANGED, before.compliance(), after.compliance(), before.proposal(),
                after.proposal(), findings));
    }

    /** The criteria whose outcome or explanation differ, in the draft's order then the stored one's. */
    private static List<FindingChange> changes(Evaluation before, Evaluation after) {
        Map<String, Finding> old = byCriterion(before);
        Map<String, Finding> now = byCriterion(after);
        Set<String> criteria = new LinkedHashSet<>(now.keySet());
        criteria.addAll(old.keySet());
        List<FindingChange> changes = new ArrayList<>();
        for (String criterion : criteria) {
            Finding o = old.get(criterion);
            Finding n = now.get(criterion);
            if (before == null || o == null || n == null || o.outcome() != n.outcome() || !Objects.equals(o.explanation(), n.explanation())) {
                changes.add(new FindingChange(criterion, o == null ? null : o.outcome(), n == null ? null : n.outcome(),
                        o == null ? null : o.explanation(), n == null ? null : n.explanation()));
            }
        }
        return before == null ? List.of() : changes;
    }

    private static Map<String, Finding> byCriterion(Evaluation evaluation) {
        Map<String, Finding> byCriterion = new LinkedHashMap<>();
        if (evaluation != null) {
            evaluation.findings().forEach(f -> byCriterion.put(f.criterion(), f));
        }
        return byCriterion;
    }

    /** Counts while the structures go by. */
    private static final class Tally {
        int unchanged;
        int proposalsChanged;
        int findingsChanged;
        int created;
        int gone;
        final List<StructureChange> changes = new ArrayList<>();
        final Map<List<LabelDecision>, Integer> shifts = new LinkedHashMap<>();
        final List<WhatIfReport.Failure> failures = new ArrayList<>();

        void add(StructureChange change) {
            changes.add(change);
            if (change.proposalChanges()) {
                proposalsChanged++;
                shifts.merge(java.util.Arrays.asList(change.proposalBefore(), change.proposalAfter()), 1, Integer::sum);
            }
        }
    }
}
