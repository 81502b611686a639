package fr.spro.label.rulesets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.batch.Eligibility;
import fr.spro.label.batch.EvaluationRequests;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.rulesets.WhatIfReport.FindingChange;
import fr.spro.label.rulesets.WhatIfReport.Kind;
import fr.spro.label.rulesets.WhatIfReport.ProposalShift;
import fr.spro.label.rulesets.WhatIfReport.StructureChange;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Service;

/**
 * Evaluates a draft rule set on a past campaign's stored data — the structures the campaign job
 * would evaluate ({@link Eligibility}), with the same requests ({@link EvaluationRequests}) — and
 * compares each result with the evaluation stored for the campaign. Reads a page of structures at
 * a time and keeps only the counts and the first changes shown. Reads only; nothing is written,
 * not even a log line per structure.
 */
@Service
class WhatIf {

    /** Structures evaluated in one call of the draft: the rule set shares sessions within a call. */
    private static final int BATCH = 256;

    private final Campaigns campaigns;
    private final Eligibility eligibility;
    private final EvaluationRequests requests;
    private final EvaluationStore evaluations;
    private final Directory directory;
    private final int shown;

    WhatIf(Campaigns campaigns, Eligibility eligibility, EvaluationRequests requests, EvaluationStore evaluations,
           Directory directory, RuleSetsProperties limits) {
        this.campaigns = campaigns;
        this.eligibility = eligibility;
        this.requests = requests;
        this.evaluations = evaluations;
        this.directory = directory;
        this.shown = limits.whatIfShown();
    }

    /** The campaigns that hold stored evaluations to compare with, the latest first. */
    List<Campaign> pastCampaigns() {
        return campaigns.all().stream().filter(c -> evaluations.hasEvaluations(c.id()))
                .sorted(Comparator.comparingInt(Campaign::year).reversed()).toList();
    }

    /** @throws UnknownCampaign when the campaign does not exist */
    WhatIfReport simulate(RuleSet draft, String activeVersion, String campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaign(campaignId));
        Tally tally = new Tally(shown);
        Set<String> evaluable = new HashSet<>();
        Set<String> versions = new TreeSet<>();
        int simulated = 0;
        Eligibility.Page page;
        String after = "";
        do {
            page = eligibility.page(campaign, null, after, BATCH);
            after = page.lastReadId();
            List<EvaluationRequest> batch = requests.requests(campaign, page.eligible());
            Map<String, Evaluation> results = evaluate(draft, batch, tally);
            simulated += results.size();
            Map<String, Evaluation> stored = evaluations.forStructures(campaign.id(),
                    batch.stream().map(r -> r.structure().id()).toList());
            for (EvaluationRequest request : batch) {
                MemberStructure structure = request.structure();
                evaluable.add(structure.id());
                Evaluation before = stored.get(structure.id());
                addVersion(versions, before);
                compare(structure.id(), structure.name(), before, results.get(structure.id()), true, tally);
            }
        } while (!page.last());
        compareNoLongerEvaluated(campaign, evaluable, versions, tally);
        List<ProposalShift> shifts = tally.shifts.entrySet().stream()
                .map(e -> new ProposalShift(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(ProposalShift::structures).reversed()).toList();
        return new WhatIfReport(campaign.id(), draft.version(), activeVersion, List.copyOf(versions), simulated,
                tally.unchanged, tally.changed, tally.proposalsChanged, tally.findingsChanged, tally.created, tally.gone,
                shifts, List.copyOf(tally.shown.values()), List.copyOf(tally.failures));
    }

    /** The stored evaluations of structures the job would not evaluate any more, a page at a time. */
    private void compareNoLongerEvaluated(Campaign campaign, Set<String> evaluable, Set<String> versions, Tally tally) {
        List<String> gone = evaluations.evaluatedStructures(campaign.id()).stream().filter(id -> !evaluable.contains(id)).toList();
        for (int from = 0; from < gone.size(); from += BATCH) {
            List<String> ids = gone.subList(from, Math.min(gone.size(), from + BATCH));
            Map<String, Evaluation> stored = evaluations.forStructures(campaign.id(), ids);
            Map<String, MemberStructure> names = new TreeMap<>();
            directory.findAll(ids).forEach(s -> names.put(s.id(), s));
            for (String id : ids) {
                MemberStructure structure = names.get(id);
                addVersion(versions, stored.get(id));
                compare(id, structure == null ? id : structure.name(), stored.get(id), null, false, tally);
            }
        }
    }

    private static void addVersion(Set<String> versions, Evaluation stored) {
        if (stored != null && stored.ruleSetVersion() != null) {
            versions.add(stored.ruleSetVersion());
        }
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
        private final int kept;
        int unchanged;
        int changed;
        int proposalsChanged;
        int findingsChanged;
        int created;
        int gone;
        /** The first changes by structure code, as many as are shown. */
        final TreeMap<String, StructureChange> shown = new TreeMap<>();
        final Map<List<LabelDecision>, Integer> shifts = new LinkedHashMap<>();
        final List<WhatIfReport.Failure> failures = new ArrayList<>();

        Tally(int kept) {
            this.kept = kept;
        }

        void add(StructureChange change) {
            changed++;
            shown.put(change.structureId(), change);
            if (shown.size() > kept) {
                shown.pollLastEntry();
            }
            if (change.proposalChanges()) {
                proposalsChanged++;
                shifts.merge(java.util.Arrays.asList(change.proposalBefore(), change.proposalAfter()), 1, Integer::sum);
            }
        }
    }
}
