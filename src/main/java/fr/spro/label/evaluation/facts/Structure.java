package fr.spro.label.evaluation.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;

/**
 * The fields of the evaluated structure that the referential uses ({@code s.xxx}).
 *
 * @param charterSignedOn {@code null} when the charter is not signed
 */
public record Structure(String id, Membership membership, Network network, Set<Public> publics,
                        LocalDate charterSignedOn) {

    public Structure {
        // Sorted, so that the facts read the same in every run (the inputs digest relies on it).
        publics = publics == null || publics.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(publics));
    }
}
