package fr.spro.label.structurespace;

import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one structure the pages of this space show and change: the one the signed-in account is
 * bound to — never one named by the request.
 */
@Component
class SignedInStructure {

    private final Structures structures;

    SignedInStructure(Structures structures) {
        this.structures = structures;
    }

    /**
     * @throws AccessDeniedException (a 403 page, journaled) for an account bound to no structure, or
     *                               to one the directory no longer holds
     */
    MemberStructure of(AccountPrincipal account) {
        return account.structureId().flatMap(structures::findById)
                .orElseThrow(() -> new AccessDeniedException("No structure for account " + account.getUsername()));
    }
}
