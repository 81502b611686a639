package fr.spro.label.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.spro.label.journal.Journal;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} slice behind the application's own security, as the application runs it:
 * {@link SecurityConfiguration}'s filter chains (routes and roles, CSRF on for browsers). The
 * accounts, the sign-in throttle and the journal the chains use are mocks: the slice tests
 * controllers, the real sign-in has its own tests. The journal mock can be autowired to check
 * what a controller journals; {@link SignedIn#as(String, Role, String)} signs a request in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfiguration.class, PasswordConfiguration.class, RequestActor.class})
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class})
@MockitoBean(types = {AccountDetailsService.class, LoginThrottle.class, Journal.class})
public @interface WebSliceSecurity {
}
