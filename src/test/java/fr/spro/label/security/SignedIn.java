package fr.spro.label.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
}
