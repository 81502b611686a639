package fr.spro.label.explanation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.spro.label.support.browser.BrowserTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The application the explanation tests share, on a random port (browser tests) and for MockMvc,
 * with a clock they move: one context and database of their own, so their decisions, requests and
 * moved "today" never meet other modules' tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BrowserTest
@Import(ExplanationTestClock.class)
@TestPropertySource(properties = "test.own-context=explanation")
@interface ExplanationTest {
}
