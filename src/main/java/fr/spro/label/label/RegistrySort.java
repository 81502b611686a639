package fr.spro.label.label;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.data.domain.Sort;

/** The orders the registry can be listed in, named by their {@code sort} parameter value. */
public enum RegistrySort {
    NAME("name", Sort.by("sortName", "_id")),
    CITY("city", Sort.by("sortCity", "sortName", "_id")),
    /** Most recent decision first. */
    DECIDED_ON("decidedOn", Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.asc("sortName"), Sort.Order.asc("_id"))),
    /** Validity ending soonest first. */
    VALID_UNTIL("validUntil", Sort.by("validUntil", "sortName", "_id"));

    private final String parameter;
    private final Sort sort;

    RegistrySort(String parameter, Sort sort) {
        this.parameter = parameter;
        this.sort = sort;
    }

    public String parameter() {
        return parameter;
    }

    Sort sort() {
        return sort;
    }

    static Optional<RegistrySort> ofParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }
}
