package fr.spro.label.registry.web;

import java.time.LocalDate;

import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;

/** A labelled structure as {@code GET /api/registry} lists it (interfaces.md). */
record RegistryItem(String structureId, String name, Network network, Territory territory, String city,
                    String postalCode, RegistryStatus status, LocalDate since, LocalDate decidedOn, LocalDate validUntil,
                    LocalDate dueBy, String campaign) {

    static RegistryItem of(RegistryEntry entry) {
        return new RegistryItem(entry.structureId(), entry.name(), entry.network(), entry.territory(), entry.city(),
                entry.postalCode(), entry.status(), entry.since(), entry.decidedOn(), entry.validUntil(), entry.dueBy(),
                entry.campaign());
    }
}
