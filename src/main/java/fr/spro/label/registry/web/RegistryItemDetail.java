package fr.spro.label.registry.web;

import java.time.LocalDate;
import java.util.List;

import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.registry.StatusChange;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;

/**
 * One structure as {@code GET /api/registry/{structureId}} answers: the fields of the list, plus
 * its address, referential version, verification URL and label history (oldest first).
 */
record RegistryItemDetail(String structureId, String name, Network network, Territory territory, String address,
                          String city, String postalCode, RegistryStatus status, LocalDate since, LocalDate decidedOn,
                          LocalDate validUntil, LocalDate dueBy, String campaign, String referentialVersion,
                          String verificationUrl, List<StatusChange> history) {

    static RegistryItemDetail of(RegistryEntry entry, String verificationUrl) {
        return new RegistryItemDetail(entry.structureId(), entry.name(), entry.network(), entry.territory(),
                entry.address(), entry.city(), entry.postalCode(), entry.status(), entry.since(), entry.decidedOn(),
                entry.validUntil(), entry.dueBy(), entry.campaign(), entry.referentialVersion(), verificationUrl, entry.history());
    }
}
