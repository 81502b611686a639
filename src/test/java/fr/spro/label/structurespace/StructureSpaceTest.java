package fr.spro.label.structurespace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.spro.label.support.browser.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The application the structure-space tests share, on a random port (browser tests) and for
 * MockMvc: one context of their own, so the evidence they upload, the evaluations and decisions
 * they make and the campaigns they close never meet the assertions of other modules' tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BrowserTest
@TestPropertySource(properties = "spring.application.name=structurespace-tests")
@interface StructureSpaceTest {
}
