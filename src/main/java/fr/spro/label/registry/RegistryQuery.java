package fr.spro.label.registry;

import java.util.Arrays;
import java.util.stream.Collectors;

import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;

/**
 * A registry search: words to find in names and towns, optional filters, an order and a page
 * (numbered from 1). Built from request parameters by {@link #parse}, which refuses anything it
 * does not understand rather than guessing.
 */
public record RegistryQuery(String q, Territory territory, Network network, RegistryStatus status,
                            RegistrySort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 100;

    public static RegistryQuery all() {
        return new RegistryQuery(null, null, null, null, RegistrySort.NAME, 1, DEFAULT_SIZE);
    }

    /** Empty or missing values mean "no filter" and the defaults (name order, page 1, 20 per page). */
    public static RegistryQuery parse(String q, String territory, String network, String status,
                                      String sort, String page, String size) {
        String words = blank(q) ? null : q.trim();
        if (words != null && words.length() > MAX_QUERY_LENGTH) {
            throw new BadRegistryParameter("q", words.substring(0, 20) + "…", "au plus " + MAX_QUERY_LENGTH + " caractères");
        }
        return new RegistryQuery(words,
                enumValue("territory", territory, Territory.class),
                enumValue("network", network, Network.class),
                enumValue("status", status, RegistryStatus.class),
                blank(sort) ? RegistrySort.NAME : RegistrySort.ofParameter(sort.trim()).orElseThrow(() ->
                        new BadRegistryParameter("sort", sort, "valeurs possibles : " + Arrays.stream(RegistrySort.values())
                                .map(RegistrySort::parameter).collect(Collectors.joining(", ")))),
                number("page", page, 1, 1, Integer.MAX_VALUE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> new BadRegistryParameter(parameter, value, "valeurs possibles : "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static int number(String parameter, String value, int absent, int min, int max) {
        if (blank(value)) {
            return absent;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRegistryParameter(parameter, value, "un nombre entier est attendu");
        }
        if (number < min || number > max) {
            throw new BadRegistryParameter(parameter, value, max == Integer.MAX_VALUE
                    ? "au moins " + min : "entre " + min + " et " + max);
        }
        return number;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The same search on another page. */
    public RegistryQuery onPage(int otherPage) {
        return new RegistryQuery(q, territory, network, status, sort, otherPage, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    /** True when a word or a filter narrows the registry. */
    public boolean filtered() {
        return q != null || territory != null || network != null || status != null;
    }
}
