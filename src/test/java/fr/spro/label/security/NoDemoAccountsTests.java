package fr.spro.label.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** Same context as most integration tests: no demo profile. */
@IntegrationTest
class NoDemoAccountsTests {

    @Autowired UserAccounts accounts;
    @Autowired Environment environment;

    @Test
    void withoutTheDemoProfileThereIsNoDemoAccountNorDemoPassword() {
        assertThat(accounts.findByUsername("officier")).isEmpty();
        assertThat(accounts.findByUsername("admin")).isEmpty();
        assertThat(environment.getProperty("app.demo.password")).isNull();
    }
}
