package fr.spro.label.registry.web;

import java.util.List;

import fr.spro.label.registry.RegistryPage;

/** A page of the registry: its items, the page number (from 1), its size and the totals. */
record RegistryPageJson(List<RegistryItem> items, int page, int size, long totalItems, int totalPages) {

    static RegistryPageJson of(RegistryPage page) {
        return new RegistryPageJson(page.entries().stream().map(RegistryItem::of).toList(), page.query().page(),
                page.query().size(), page.total(), page.totalPages());
    }
}
