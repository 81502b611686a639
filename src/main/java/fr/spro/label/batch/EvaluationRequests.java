package fr.spro.label.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.spro.label.activity.ActivityQueries;
import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.batch.Eligibility.Eligible;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.registry.LabelTimelines;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import org.springframework.stereotype.Component;

/**
 * What the evaluation of a page of eligible structures reads, joined with one query per owner and
 * page — not per structure: the structure, its submitted self-assessment, its activity, its label
 * on the campaign's reference date, and what is stored of its past (digest of the stored
 * evaluation, confirmed decision). The campaign job reads through it, so do the check that a
 * decision is taken on an evaluation that is still current and the what-if of a draft rule set:
 * all build the same request.
 */
@Component
public class EvaluationRequests {

    private final ActivityQueries activity;
    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;
    private final LabelTimelines labelTimelines;

    EvaluationRequests(ActivityQueries activity, EvaluationStore evaluations, DecisionQueries decisions, LabelTimelines labelTimelines) {
        this.activity = activity;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.labelTimelines = labelTimelines;
    }

    /** What the rules read for these eligible structures, in their order. */
    public List<EvaluationRequest> requests(Campaign campaign, List<Eligible> eligible) {
        List<String> ids = eligible.stream().map(e -> e.structure().id()).toList();
        Map<String, ActivityReport> reports = activity.forStructures(campaign.id(), ids);
        Map<String, PriorLabel> labels = labelTimelines.priorLabelsOn(ids, campaign.referenceDate());
        List<EvaluationRequest> requests = new ArrayList<>(eligible.size());
        for (Eligible one : eligible) {
            String id = one.structure().id();
            requests.add(new EvaluationRequest(one.structure(), campaign, one.submitted(), reports.get(id), labels.get(id)));
        }
        return requests;
    }

    /** The job's work for these eligible structures: their requests with what is stored of their past. */
    List<EvaluationWork> forPage(Campaign campaign, List<Eligible> eligible) {
        List<String> ids = eligible.stream().map(e -> e.structure().id()).toList();
        Map<String, Evaluation> stored = evaluations.forStructures(campaign.id(), ids);
        Map<String, Decision> decided = decisions.forStructures(campaign.id(), ids);
        List<EvaluationWork> work = new ArrayList<>(eligible.size());
        for (EvaluationRequest request : requests(campaign, eligible)) {
            Evaluation previous = stored.get(request.structure().id());
            Decision decision = decided.get(request.structure().id());
            work.add(new EvaluationWork(request, previous == null ? null : previous.inputsDigest(),
                    decision == null ? null : decision.decision()));
        }
        return work;
    }
}
