package fr.spro.label.support;

import java.time.Instant;

import fr.spro.label.security.Role;
import fr.spro.label.security.UserAccount;
import fr.spro.label.security.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts of every role for tests, stored as the application stores them (bcrypt). */
public final class AccountFixture {

    /** A test-only password, never used outside tests. */
    public static final String PASSWORD = "correct-horse-battery";
    public static final String OFFICER = "officier-test";
    public static final String CREFOP = "crefop-test";
    public static final String ADMIN = "admin-test";
    /** A STRUCTURE account bound to {@link RegistryFixture#LABELLED}. */
    public static final String STRUCTURE = "ml-dijon-test";

    private AccountFixture() {
    }

    /** Creates the four accounts when missing; idempotent. */
    public static void createAll(UserAccounts accounts, PasswordEncoder encoder) {
        create(accounts, encoder, OFFICER, Role.OFFICER, null);
        create(accounts, encoder, CREFOP, Role.CREFOP, null);
        create(accounts, encoder, ADMIN, Role.ADMIN, null);
        create(accounts, encoder, STRUCTURE, Role.STRUCTURE, RegistryFixture.LABELLED);
    }

    public static UserAccount create(UserAccounts accounts, PasswordEncoder encoder, String username, Role role, String structureId) {
        return accounts.findByUsername(username).orElseGet(() -> accounts.save(new UserAccount(null, username,
                encoder.encode(PASSWORD), role, structureId, true, Instant.parse("2025-01-01T00:00:00Z"))));
    }
}
