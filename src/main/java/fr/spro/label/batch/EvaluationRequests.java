package fr.spro.label.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.LabelState;
import fr.spro.label.label.LabelStates;
import fr.spro.label.structure.MemberStructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the evaluation of a page of structures reads, joined with one query per collection and
 * page — not per structure: the structure, its submitted self-assessment, its activity, its label
 * on the campaign's reference date, and what is stored of its past (digest of the stored
 * evaluation, confirmed decision). The campaign job reads through it, and so does the check that
 * a decision is taken on an evaluation that is still current: both build the same request.
 */
@Component
class EvaluationRequests {

    private final MongoTemplate mongo;
    private final LabelStates labelStates;

    EvaluationRequests(MongoTemplate mongo, LabelStates labelStates) {
        this.mongo = mongo;
        this.labelStates = labelStates;
    }

    /**
     * The work for these structures, in their order; a structure without a submitted
     * self-assessment is left out (not evaluated: "non évaluée" in the CREFOP report).
     */
    List<EvaluationWork> forPage(Campaign campaign, List<MemberStructure> page) {
        List<String> ids = page.stream().map(MemberStructure::id).toList();
        Map<String, SelfAssessment> submitted = byStructure(campaign, SelfAssessment.class, ids, SelfAssessment::idOf,
                SelfAssessment::structureId);
        submitted.values().removeIf(assessment -> !assessment.isSubmitted());
        Map<String, ActivityReport> activity = byStructure(campaign, ActivityReport.class, ids, ActivityReport::idOf,
                ActivityReport::structureId);
        Map<String, Evaluation> stored = byStructure(campaign, Evaluation.class, ids, Evaluation::idOf, Evaluation::structureId);
        Map<String, Decision> decisions = byStructure(campaign, Decision.class, ids, Decision::idOf, Decision::structureId);
        Map<String, LabelState> labels = labelStates.statesOn(ids, campaign.referenceDate());
        List<EvaluationWork> work = new ArrayList<>(page.size());
        for (MemberStructure structure : page) {
            SelfAssessment assessment = submitted.get(structure.id());
            if (assessment == null) {
                continue;
            }
            EvaluationRequest request = new EvaluationRequest(structure, campaign, assessment, activity.get(structure.id()),
                    labels.get(structure.id()));
            Evaluation previous = stored.get(structure.id());
            Decision decision = decisions.get(structure.id());
            work.add(new EvaluationWork(request, previous == null ? null : previous.inputsDigest(),
                    decision == null ? null : decision.decision()));
        }
        return work;
    }

    /**
     * The documents of these structures for the campaign, looked up by their {@code _id}
     * ({@code idOf(structureId, campaign)}): an index lookup on every store, where a query on
     * {@code structureId} makes the embedded store scan the whole collection for each page.
     */
    private <T> Map<String, T> byStructure(Campaign campaign, Class<T> type, List<String> structureIds,
                                           BiFunction<String, String, String> idOf, Function<T, String> key) {
        List<String> documentIds = structureIds.stream().map(id -> idOf.apply(id, campaign.id())).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(documentIds)), type).stream()
                .collect(Collectors.toMap(key, Function.identity()));
    }
}
