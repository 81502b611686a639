package fr.spro.label.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One structure of the public registry: only public fields, the status computed from confirmed
 * decisions, and its history (oldest first). A read model, rebuilt by {@link Registry#refresh}.
 *
 * @param decidedOn          date of the decision or act that set the status (grant, suspension, withdrawal...)
 * @param since              date the current status started (that date, or the day after the validity ended)
 * @param validUntil         end of the label's validity
 * @param dueBy              date by which the conditions ({@code LABELLISE_SOUS_CONDITIONS}) or the
 *                           corrections ({@code SUSPENDU}) are due; {@code null} otherwise
 * @param campaign           campaign of that decision
 * @param referentialVersion version of the referential the structure was evaluated against
 * @param searchText         name, town, postal code and id in {@link SearchText} form
 * @param sortName           the name in {@link SearchText} form, for an order that ignores accents and case
 */
@Document("registry")
@CompoundIndex(name = "territory_status", def = "{'territory': 1, 'status': 1}")
@CompoundIndex(name = "network_status", def = "{'network': 1, 'status': 1}")
@CompoundIndex(name = "status_valid_until", def = "{'status': 1, 'validUntil': 1}")
public record RegistryEntry(
        @Id String structureId,
        String name,
        Network network,
        Territory territory,
        String address,
        String postalCode,
        String city,
        RegistryStatus status,
        LocalDate decidedOn,
        LocalDate since,
        @Indexed LocalDate validUntil,
        LocalDate dueBy,
        String campaign,
        String referentialVersion,
        String searchText,
        @Indexed String sortName,
        String sortCity,
        List<StatusChange> history,
        Instant refreshedAt) {

    public RegistryEntry {
        history = history == null ? List.of() : List.copyOf(history);
        searchText = searchText == null ? "" : searchText;
    }

    /**
     * The entry as the public sees it on {@code today}: a label whose validity has passed shows as
     * expired even before the next refresh has stored it so.
     */
    public RegistryEntry asOf(LocalDate today) {
        if (statusOn(today) == status) {
            return this;
        }
        List<StatusChange> withExpiry = new ArrayList<>(history);
        withExpiry.add(new StatusChange(RegistryStatus.EXPIRE, validUntil.plusDays(1), validUntil, null));
        return new RegistryEntry(structureId, name, network, territory, address, postalCode, city, RegistryStatus.EXPIRE,
                decidedOn, validUntil.plusDays(1), validUntil, null, campaign, referentialVersion, searchText, sortName, sortCity, withExpiry, refreshedAt);
    }

    /** The status the public sees on {@code today}: {@link #asOf} without building the entry. */
    RegistryStatus statusOn(LocalDate today) {
        return status.inForce() && validUntil != null && validUntil.isBefore(today) ? RegistryStatus.EXPIRE : status;
    }

    /** True when both tell the public the same: only when they were written may differ. */
    boolean showsTheSameAs(RegistryEntry other) {
        return other != null && equals(new RegistryEntry(other.structureId, other.name, other.network, other.territory,
                other.address, other.postalCode, other.city, other.status, other.decidedOn, other.since, other.validUntil,
                other.dueBy, other.campaign,
                other.referentialVersion, other.searchText, other.sortName, other.sortCity, other.history, refreshedAt));
    }

    /** Newest first, as the structure page lists it. */
    public List<StatusChange> historyNewestFirst() {
        List<StatusChange> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
