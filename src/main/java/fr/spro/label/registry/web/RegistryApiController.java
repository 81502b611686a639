package fr.spro.label.registry.web;

import fr.spro.label.registry.Registry;
import fr.spro.label.registry.RegistryQuery;
import fr.spro.label.registry.RegistryRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public registry as JSON, no login (interfaces.md). A search or a look-up that cannot be
 * answered is a {@link RegistryRefused} (400 {@code BAD_PARAMETER}, 404 {@code NOT_IN_REGISTRY}).
 */
@RestController
@Tag(name = "Registre public", description = "Structures labellisées « Territoire d'Orientation » (sans authentification)")
class RegistryApiController {

    private final Registry registry;

    RegistryApiController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/registry")
    @Operation(summary = "Page du registre des structures labellisées",
            description = "Filtres facultatifs ; pages numérotées à partir de 1 ; au plus 100 éléments par page.")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (code BAD_PARAMETER)")
    RegistryPageJson search(
            @Parameter(description = "Mots cherchés dans le nom, la commune ou le code postal (sans accents ni casse)")
            @RequestParam(required = false) String q,
            @Parameter(description = "Code du territoire SPRO, p. ex. DIJON_BEAUNE") @RequestParam(required = false) String territory,
            @Parameter(description = "Réseau, p. ex. MISSION_LOCALE") @RequestParam(required = false) String network,
            @Parameter(description = "LABELLISE, LABELLISE_SOUS_CONDITIONS, SUSPENDU ou EXPIRE") @RequestParam(required = false) String status,
            @Parameter(description = "name (défaut), city, decidedOn (plus récente d'abord) ou validUntil (échéance la plus proche d'abord)")
            @RequestParam(required = false) String sort,
            @Parameter(description = "Numéro de page, à partir de 1") @RequestParam(required = false) String page,
            @Parameter(description = "Éléments par page, de 1 à 100 (20 par défaut)") @RequestParam(required = false) String size) {
        return RegistryPageJson.of(registry.search(RegistryQuery.parse(q, territory, network, status, sort, page, size)));
    }

    @GetMapping("/api/registry/{structureId}")
    @Operation(summary = "Une structure du registre, avec l'historique de son label")
    @ApiResponse(responseCode = "404", description = "Structure jamais labellisée ou inconnue (code NOT_IN_REGISTRY)")
    RegistryItemDetail one(@PathVariable String structureId) {
        return registry.find(structureId)
                .map(entry -> RegistryItemDetail.of(entry, registry.verificationUrl(structureId)))
                .orElseThrow(() -> RegistryRefused.notInRegistry(structureId));
    }
}
