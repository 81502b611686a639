package fr.spro.label.registry;

import fr.spro.label.review.Decision;
import fr.spro.label.review.LabelAct;
import fr.spro.label.structure.DirectoryChanged;
import fr.spro.label.structure.MemberStructure;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the registry in step with what it is built from, so that no writer has to remember it:
 * every decision saved (confirmed, replaced) or deleted (reopened), every officer's act on a label,
 * and every directory change of a
 * structure refreshes that structure's entry. Spring Data publishes these events for repository
 * saves and deletes and for {@code MongoTemplate.save/insert/remove}; a writer using bulk or
 * {@code update*} operations calls {@link Registry#refresh} or {@link Registry#refreshAll} itself.
 */
final class RegistryRefresh {

    private RegistryRefresh() {
    }

    @Component
    static class OnDecision extends AbstractMongoEventListener<Decision> {

        private final Registry registry;

        OnDecision(Registry registry) {
            this.registry = registry;
        }

        @Override
        public void onAfterSave(AfterSaveEvent<Decision> event) {
            registry.refresh(event.getSource().structureId());
        }

        /** A removed decision is known by its id only, {@code <structureId>_<campaign>}, or not at all. */
        @Override
        public void onAfterDelete(AfterDeleteEvent<Decision> event) {
            if (event.getSource().get("_id") instanceof String id && id.contains("_")) {
                registry.refresh(id.substring(0, id.lastIndexOf('_')));
            } else {
                registry.refreshAll();
            }
        }
    }

    /** An officer's act on a label outside a campaign (conditions or a suspension lifted, a withdrawal). */
    @Component
    static class OnAct extends AbstractMongoEventListener<LabelAct> {

        private final Registry registry;

        OnAct(Registry registry) {
            this.registry = registry;
        }

        @Override
        public void onAfterSave(AfterSaveEvent<LabelAct> event) {
            registry.refresh(event.getSource().structureId());
        }
    }

    /** Directory records written in bulk (an import of the structures file). */
    @Component
    static class OnDirectoryChange {

        private final Registry registry;

        OnDirectoryChange(Registry registry) {
            this.registry = registry;
        }

        @EventListener
        void refresh(DirectoryChanged change) {
            registry.refreshListed(change.structureIds());
        }
    }

    @Component
    static class OnStructure extends AbstractMongoEventListener<MemberStructure> {

        private final Registry registry;

        OnStructure(Registry registry) {
            this.registry = registry;
        }

        @Override
        public void onAfterSave(AfterSaveEvent<MemberStructure> event) {
            registry.refresh(event.getSource().id());
        }
    }
}
