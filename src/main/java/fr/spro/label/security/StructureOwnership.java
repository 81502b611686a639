package fr.spro.label.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Grants a request to the {@code STRUCTURE} account bound to the structure named by the
 * {@code {structureId}} variable of the route's pattern, and to nobody else. Another structure's
 * id answers 403, never data.
 */
final class StructureOwnership implements AuthorizationManager<RequestAuthorizationContext> {

    static final String VARIABLE = "structureId";

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        String structureId = request.getVariables().get(VARIABLE);
        Authentication who = authentication.get();
        boolean owner = who != null && who.isAuthenticated() && structureId != null
                && who.getPrincipal() instanceof AccountPrincipal account && account.role() == Role.STRUCTURE
                && account.owns(structureId);
        return new AuthorizationDecision(owner);
    }

    @Override
    public String toString() {
        return "the STRUCTURE account bound to {" + VARIABLE + "}";
    }
}
