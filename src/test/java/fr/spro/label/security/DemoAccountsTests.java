package fr.spro.label.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Same context as the demo data tests: the demo profile. */
@IntegrationTest
@ActiveProfiles("demo")
class DemoAccountsTests {

    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Value("${app.demo.password}") String demoPassword;

    @Test
    void theDemoProfileCreatesOneAccountPerRoleWithTheDocumentedPassword() {
        assertThat(accounts.findByUsername("officier")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.OFFICER));
        assertThat(accounts.findByUsername("crefop")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.CREFOP));
        assertThat(accounts.findByUsername("admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
        assertThat(accounts.findByUsername("ml-dijon")).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.STRUCTURE);
            assertThat(a.structureId()).isEqualTo("ML-DIJON");
            assertThat(encoder.matches(demoPassword, a.passwordHash())).isTrue();
        });
    }
}
