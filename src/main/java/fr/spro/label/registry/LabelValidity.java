package fr.spro.label.registry;

import java.time.LocalDate;

import fr.spro.label.evaluation.ActiveReferential;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The end of a label's validity when a granting decision was stored without one: its decision
 * date plus the referential's validity (never a number written in Java). Decisions normally carry
 * their {@code validUntil}; this only covers older records.
 */
@Component
class LabelValidity {

    private final ObjectProvider<ActiveReferential> referential;

    LabelValidity(ObjectProvider<ActiveReferential> referential) {
        this.referential = referential;
    }

    /** {@code null} (a label that does not expire on its own) when no referential is active. */
    LocalDate endOfLabelGrantedOn(LocalDate decidedOn) {
        ActiveReferential active = referential.getIfAvailable();
        return active == null ? null : decidedOn.plus(active.catalogue().periods().labelValidity());
    }
}
