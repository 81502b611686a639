package fr.spro.label.security;

import java.time.Clock;
import java.time.Instant;

import fr.spro.label.structure.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts, only with the {@code demo} profile ({@code --demo}): one per role, the
 * STRUCTURE one bound to {@code ML-DIJON}. Their password is the demo-only
 * {@code app.demo.password} (README, "Accounts"). Existing accounts are left as they are.
 * Ordered after the demo data, so that {@code ML-DIJON} exists.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String DEMO_STRUCTURE = "ML-DIJON";

    private final UserAccounts accounts;
    private final Directory directory;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;

    DemoAccounts(UserAccounts accounts, Directory directory, PasswordEncoder encoder, Clock clock,
                 @Value("${app.demo.password}") String password) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        create("officier", Role.OFFICER, null);
        create("crefop", Role.CREFOP, null);
        create("admin", Role.ADMIN, null);
        if (directory.exists(DEMO_STRUCTURE)) {
            create("ml-dijon", Role.STRUCTURE, DEMO_STRUCTURE);
        } else {
            log.warn("Demo account ml-dijon not created: structure {} is not in the directory", DEMO_STRUCTURE);
        }
    }

    private void create(String username, Role role, String structureId) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new UserAccount(null, username, encoder.encode(password), role, structureId, true, Instant.now(clock)));
            log.info("Demo account {} ({}) created", username, role);
        }
    }
}
