package fr.spro.label.registry.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.spro.label.csv.SafeCsv;
import fr.spro.label.registry.Registry;
import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole public registry as open data, in CSV and JSON with the same columns. */
@RestController
@Tag(name = "Données ouvertes", description = "Le registre public entier")
class OpenDataController {

    static final List<String> COLUMNS = List.of("structureId", "name", "network", "territory", "address", "postalCode",
            "city", "status", "since", "decidedOn", "validUntil", "dueBy", "campaign", "referentialVersion", "verificationUrl");

    private final Registry registry;

    OpenDataController(Registry registry) {
        this.registry = registry;
    }

    /** One row of the open data. */
    record Row(String structureId, String name, Network network, Territory territory, String address, String postalCode,
               String city, RegistryStatus status, LocalDate since, LocalDate decidedOn, LocalDate validUntil, LocalDate dueBy,
               String campaign,
               String referentialVersion, String verificationUrl) {
    }

    @GetMapping(value = "/registry.json", produces = "application/json")
    @Operation(summary = "Le registre entier en JSON (tableau d'objets)")
    List<Row> json() {
        return rows();
    }

    @GetMapping(value = "/registry.csv", produces = "text/csv")
    @Operation(summary = "Le registre entier en CSV (UTF-8 avec BOM, séparateur virgule)")
    void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"registry.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (SafeCsv csv = SafeCsv.open(out, COLUMNS)) {
            for (Row row : rows()) {
                csv.row(row.structureId(), row.name(), row.network(), row.territory(), row.address(), row.postalCode(),
                        row.city(), row.status(), row.since(), row.decidedOn(), row.validUntil(), row.dueBy(), row.campaign(),
                        row.referentialVersion(), row.verificationUrl());
            }
        }
    }

    private List<Row> rows() {
        return registry.all().stream().map(this::row).toList();
    }

    private Row row(RegistryEntry e) {
        return new Row(e.structureId(), e.name(), e.network(), e.territory(), e.address(), e.postalCode(), e.city(),
                e.status(), e.since(), e.decidedOn(), e.validUntil(), e.dueBy(), e.campaign(), e.referentialVersion(),
                registry.verificationUrl(e.structureId()));
    }
}
