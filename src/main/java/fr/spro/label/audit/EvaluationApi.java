package fr.spro.label.audit;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluations API of {@code interfaces.md}. Who may call which route (officers; a structure
 * for its own id only) is decided centrally in the security configuration.
 */
@RestController
class EvaluationApi {

    private final Evaluations evaluations;
    private final Decisions decisions;
    private final Review review;
    private final Clock clock;

    EvaluationApi(Evaluations evaluations, Decisions decisions, Review review, Clock clock) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.review = review;
        this.clock = clock;
    }

    @GetMapping("/api/campaigns/{campaign}/evaluations")
    List<EvaluationView> list(@PathVariable String campaign) {
        Map<String, Decision> decided = decisions.findByCampaign(campaign).stream()
                .collect(Collectors.toMap(Decision::structureId, Function.identity()));
        return evaluations.findByCampaign(campaign).stream()
                .map(e -> EvaluationView.of(e, decided.get(e.structureId())).summary()).toList();
    }

    @GetMapping("/api/campaigns/{campaign}/evaluations/{structureId}")
    EvaluationView one(@PathVariable String campaign, @PathVariable String structureId) {
        Evaluation evaluation = evaluations.findById(Evaluation.idOf(structureId, campaign)).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_EVALUATION", "Aucune évaluation de " + structureId + " pour la campagne " + campaign));
        return EvaluationView.of(evaluation, decisions.findById(Decision.idOf(structureId, campaign)).orElse(null));
    }

    /** Body of a decision: the decision (empty = confirm the proposal) and its justification. */
    record DecisionRequest(String decision, String justification) {
    }

    @PostMapping("/api/campaigns/{campaign}/evaluations/{structureId}/decision")
    Decision decide(@PathVariable String campaign, @PathVariable String structureId, @RequestBody DecisionRequest body,
                    Principal officer, HttpServletRequest request) {
        LabelDecision decision = parse(body.decision());
        try {
            return review.decide(structureId, campaign, decision, body.justification(), officer.getName(),
                    request.getRemoteAddr(), LocalDate.now(clock));
        } catch (DecisionRefused refused) {
            HttpStatus status = "NOT_EVALUATED".equals(refused.code()) ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
            throw new ApiException(status, refused.code(), refused.getMessage());
        }
    }

    private static LabelDecision parse(String decision) {
        if (decision == null || decision.isBlank()) {
            return null;
        }
        try {
            return LabelDecision.valueOf(decision.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("UNKNOWN_DECISION", "Décision inconnue : « " + decision
                    + " » (attendu : LABELLISE, LABELLISE_SOUS_CONDITIONS, AJOURNE, REFUSE, SUSPENDU, NON_ELIGIBLE)");
        }
    }
}
