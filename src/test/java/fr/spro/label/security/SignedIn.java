package fr.spro.label.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser request signed in as a stored account, with the principal the application's own
 * sign-in gives ({@link AccountPrincipal}), so controllers see the role and structure they would.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** @throws IllegalArgumentException when no such account is stored */
    public static RequestPostProcessor as(UserAccounts accounts, String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
        return user(new AccountPrincipal(account));
    }

    /**
     * Signed in as an account that is not stored, for a web slice without a store: the principal
     * the sign-in would give an account of that role (and structure, for a {@code STRUCTURE}).
     */
    public static RequestPostProcessor as(String username, Role role, String structureId) {
        return user(new AccountPrincipal(new UserAccount("slice-" + username, username, null, role, structureId, true,
                Instant.parse("2025-01-01T00:00:00Z"))));
    }
}
