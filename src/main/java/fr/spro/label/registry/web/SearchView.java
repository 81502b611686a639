package fr.spro.label.registry.web;

import java.util.List;
import java.util.stream.IntStream;

import fr.spro.label.registry.RegistryPage;
import fr.spro.label.registry.RegistryQuery;
import fr.spro.label.registry.RegistrySort;
import org.springframework.web.util.UriComponentsBuilder;

/** What the search page needs beyond the results: links that keep the filters, and page numbers. */
public record SearchView(RegistryPage result) {

    private static final int PAGES_AROUND = 2;

    public RegistryQuery query() {
        return result.query();
    }

    /** The same search on page {@code page}, with only the parameters in use. */
    public String pageHref(int page) {
        RegistryQuery q = result.query();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/registre");
        addIfPresent(link, "q", q.q());
        addIfPresent(link, "territory", q.territory());
        addIfPresent(link, "network", q.network());
        addIfPresent(link, "status", q.status());
        if (q.sort() != RegistrySort.NAME) {
            link.queryParam("sort", q.sort().parameter());
        }
        if (q.size() != RegistryQuery.DEFAULT_SIZE) {
            link.queryParam("size", q.size());
        }
        if (page != 1) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    private static void addIfPresent(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /** The page numbers shown around the current one. */
    public List<Integer> pageNumbers() {
        int current = result.query().page();
        int last = result.totalPages();
        return IntStream.rangeClosed(Math.max(1, current - PAGES_AROUND), Math.min(last, current + PAGES_AROUND))
                .boxed().toList();
    }
}
