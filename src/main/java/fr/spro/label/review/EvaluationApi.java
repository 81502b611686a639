package fr.spro.label.review;


import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * The evaluations API of {@code interfaces.md}. Who may call which route (officers; a structure
 * for its own id only) is decided centrally in the security configuration.
 */
@RestController
class EvaluationApi {

    /** Evaluations listed per page: the list is written as it is read, at any number of structures. */
    static final int PAGE = 500;

    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;
    private final Review review;
    private final Clock clock;
    private final ObjectMapper json;

    EvaluationApi(EvaluationStore evaluations, DecisionQueries decisions, Review review, Clock clock, ObjectMapper json) {
        this.evaluations = evaluations;
        this.json = json;
        this.decisions = decisions;
        this.review = review;
        this.clock = clock;
    }

    @GetMapping("/api/campaigns/{campaign}/evaluations")
    @ApiResponse(responseCode = "200", description = "Une évaluation par structure évaluée, sans ses constats",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EvaluationView.class))))
    void list(@PathVariable String campaign, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator generator = json.createGenerator(response.getOutputStream())) {
            generator.writeStartArray();
            evaluations.forEachSummaryPage(campaign, PAGE, page -> {
                Map<String, Decision> decided = decisions.forStructures(campaign, page.stream().map(Evaluation::structureId).toList());
                page.forEach(e -> json.writeValue(generator, EvaluationView.of(e, decided.get(e.structureId())).summary()));
            });
            generator.writeEndArray();
        }
    }

    @GetMapping("/api/campaigns/{campaign}/evaluations/{structureId}")
    EvaluationView one(@PathVariable String campaign, @PathVariable String structureId) {
        Evaluation evaluation = evaluations.find(structureId, campaign).orElseThrow(() ->
                new DecisionRefused(DecisionRefused.Code.UNKNOWN_EVALUATION,
                        "Aucune évaluation de " + structureId + " pour la campagne " + campaign));
        return EvaluationView.of(evaluation, decisions.find(structureId, campaign).orElse(null));
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
