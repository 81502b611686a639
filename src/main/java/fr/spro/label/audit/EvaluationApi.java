package fr.spro.label.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
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
                new DecisionRefused(DecisionRefused.Code.UNKNOWN_EVALUATION,
                        "Aucune évaluation de " + structureId + " pour la campagne " + campaign));
        return EvaluationView.of(evaluation, decisions.findById(Decision.idOf(structureId, campaign)).orElse(null));
    }

    /**
     * The fields of a decision's body: {@code decision} is {@code CONFIRM} or a decision value,
     * never implied; any other field (a misspelt {@code decison}) is refused rather than ignored.
     */
    static final Set<String> DECISION_FIELDS = Set.of("decision", "justification");
    static final String CONFIRM = "CONFIRM";

    @PostMapping("/api/campaigns/{campaign}/evaluations/{structureId}/decision")
    Decision decide(@PathVariable String campaign, @PathVariable String structureId, @RequestBody Map<String, Object> body,
                    Actor officer) {
        body.keySet().stream().filter(field -> !DECISION_FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new DecisionRefused(DecisionRefused.Code.UNKNOWN_FIELD, "Champ inconnu : « " + field
                    + " » (champs admis : decision, justification)");
        });
        LabelDecision decision = parse(text(body, "decision"));
        return review.decide(structureId, campaign, decision, text(body, "justification"), officer,
                LocalDate.now(clock));
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value != null && !(value instanceof String)) {
            throw new DecisionRefused(DecisionRefused.Code.UNKNOWN_DECISION, "Le champ « " + field + " » attend un texte");
        }
        return (String) value;
    }

    /** {@code null} for {@code CONFIRM}, else the decision named. */
    private static LabelDecision parse(String decision) {
        if (decision == null || decision.isBlank()) {
            throw new DecisionRefused(DecisionRefused.Code.DECISION_REQUIRED, "Le champ « decision » est obligatoire : "
                    + CONFIRM + " pour confirmer la proposition, ou une décision (" + values() + ")");
        }
        if (decision.strip().equals(CONFIRM)) {
            return null;
        }
        try {
            return LabelDecision.valueOf(decision.strip());
        } catch (IllegalArgumentException e) {
            throw new DecisionRefused(DecisionRefused.Code.UNKNOWN_DECISION, "Décision inconnue : « " + decision
                    + " » (attendu : " + CONFIRM + ", " + values() + ")");
        }
    }

    private static String values() {
        return Arrays.stream(LabelDecision.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
