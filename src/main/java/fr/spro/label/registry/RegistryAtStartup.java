package fr.spro.label.registry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the registry when the web application starts, so that it reflects decisions written
 * while it was down (or by an older version) and stores the labels that expired meanwhile.
 * Idempotent: several instances starting together write the same entries.
 */
@Component
@ConditionalOnWebApplication
class RegistryAtStartup {

    private final Registry registry;

    RegistryAtStartup(Registry registry) {
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        registry.refreshAll();
    }
}
