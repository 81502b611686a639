package fr.spro.label.structurespace;

import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one structure the pages of this space show and change: the one the signed-in account is
 * bound to — never one named by the request.
 */
@Component
class SignedInStructure {

    private final Directory directory;

    SignedInStructure(Directory directory) {
        this.directory = directory;
    }

    /**
     * @throws AccessDeniedException   (a 403 page, journaled) for an account bound to no structure
     * @throws ResponseStatusException 404 for an account bound to a structure the directory does not
     *                                 hold (yet, or any more): the account passed the access rules,
     *                                 there is just nothing to show
     */
    MemberStructure of(AccountPrincipal account) {
        String structureId = account.structureId()
                .orElseThrow(() -> new AccessDeniedException("No structure for account " + account.getUsername()));
        return directory.find(structureId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Structure " + structureId + " absente de l'annuaire"));
    }
}
