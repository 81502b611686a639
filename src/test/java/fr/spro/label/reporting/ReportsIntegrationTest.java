package fr.spro.label.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.spro.label.support.IntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a database of its own, with the referential of {@code rules/} and MockMvc:
 * one configuration for every reports test class, so they share one application context. Tests
 * therefore use structure ids and campaigns of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
// A context of its own: the reports tests decide on structures that other test classes import into.
@TestPropertySource(properties = "spring.application.name=reports-tests")
public @interface ReportsIntegrationTest {
}
