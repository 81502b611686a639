package fr.spro.label.support;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at {@link TestDatabase}, in a database of its own, so
 * contexts never see each other's data.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + TestDatabase.connectionString(),
                "spring.mongodb.database=test_" + UUID.randomUUID().toString().replace("-", "")
        ).applyTo(context);
    }
}
