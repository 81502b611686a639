package fr.spro.label.backoffice;

import java.time.LocalDate;
import java.util.List;

import fr.spro.label.structure.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/deadlines}: the officers' list of running periods, for their own tools (interfaces.md). */
@RestController
@Tag(name = "Échéances", description = "Les délais en cours de la procédure du label")
class DeadlinesApi {

    private final Deadlines deadlines;

    DeadlinesApi(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** One running period, as the API names it. */
    record DeadlineJson(String structureId, Deadlines.Kind kind, LocalDate dueOn, boolean overdue, String campaign, String criterion) {
    }

    @GetMapping("/api/deadlines")
    @Operation(summary = "Chaque délai en cours de la procédure du label, le plus proche d'abord")
    List<DeadlineJson> deadlines(@Parameter(description = "un territoire (ex. DIJON_BEAUNE) ; tous par défaut")
                                 @RequestParam(required = false) Territory territory) {
        return deadlines.running(territory).stream()
                .map(d -> new DeadlineJson(d.structureId(), d.kind(), d.dueOn(), d.overdue(), d.campaign(), d.criterion())).toList();
    }
}
