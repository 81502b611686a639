package fr.spro.label.registry;

import java.util.List;

/** One page of registry entries and how many match in all. */
public record RegistryPage(List<RegistryEntry> entries, RegistryQuery query, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < totalPages();
    }
}
