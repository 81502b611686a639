package fr.spro.label.backoffice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.spro.label.support.IntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application behind MockMvc, in a context of the back-office tests' own (they empty
 * the collections they read before each test, which other tests must not see).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=backoffice-tests")
@interface BackOfficeTest {
}
