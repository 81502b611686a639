package fr.spro.label.registry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** The orders the registry can be listed in, named by their {@code sort} parameter value. */
public enum RegistrySort {
    NAME("name", Comparator.comparing(RegistryEntry::sortName, nullsFirst())),
    CITY("city", Comparator.comparing(RegistryEntry::sortCity, nullsFirst()).thenComparing(RegistryEntry::sortName, nullsFirst())),
    /** Most recent decision first. */
    DECIDED_ON("decidedOn", Comparator.comparing(RegistryEntry::decidedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(RegistryEntry::sortName, nullsFirst())),
    /** Validity ending soonest first; entries without an end first, as a MongoDB sort puts null first. */
    VALID_UNTIL("validUntil", Comparator.comparing(RegistryEntry::validUntil, nullsFirst()).thenComparing(RegistryEntry::sortName, nullsFirst()));

    private final String parameter;
    private final Comparator<RegistryEntry> order;

    RegistrySort(String parameter, Comparator<RegistryEntry> order) {
        this.parameter = parameter;
        // The structure id last, so that equal names keep one stable order from page to page.
        this.order = order.thenComparing(RegistryEntry::structureId);
    }

    private static <T extends Comparable<? super T>> Comparator<T> nullsFirst() {
        return Comparator.nullsFirst(Comparator.naturalOrder());
    }

    public String parameter() {
        return parameter;
    }

    Comparator<RegistryEntry> order() {
        return order;
    }

    static Optional<RegistrySort> ofParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }
}
