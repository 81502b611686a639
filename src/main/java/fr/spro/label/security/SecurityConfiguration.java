package fr.spro.label.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorizationManagers.anyOf;

import java.time.Clock;

import fr.spro.label.journal.Journal;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.ObjectMapper;

/**
 * THE place where access is decided: every route of the application, who may call it, and on
 * which condition. A controller never checks a role or an owner itself; a route that is not
 * listed here is refused. Ownership — "the STRUCTURE account bound to {structureId}" — is one
 * {@link StructureOwnership} rule that compares the route's {@code {structureId}} with the account's
 * structure; under {@code /mon-espace} the structure comes from the account, never from the URL.
 *
 * <pre>
 * route                                                        who
 * ------------------------------------------------------------ ---------------------------------------------
 * API (/api/**): HTTP Basic, stateless, no CSRF token, JSON 401/403
 * GET  /api/registry, /api/registry/{structureId}               everyone
 * GET  /api/rules (the rules in force, CRPA L312-1-3)            everyone
 * POST /api/imports                                             OFFICER, ADMIN
 * POST /api/campaigns                                           OFFICER, ADMIN
 * POST /api/campaigns/{c}/evaluations                           OFFICER, ADMIN
 * GET  /api/jobs/**                                             OFFICER, ADMIN
 * GET  /api/campaigns/{c}/evaluations                           OFFICER, ADMIN
 * GET  /api/campaigns/{c}/evaluations/{structureId}[/audit.pdf] OFFICER, ADMIN, or the owning STRUCTURE
 * POST /api/campaigns/{c}/evaluations/{structureId}/decision    OFFICER, ADMIN
 * GET  /api/deadlines                                           OFFICER, ADMIN
 * GET  /api/campaigns/{c}/crefop-report.pdf|.csv                CREFOP, OFFICER, ADMIN
 * any other /api/** route                                       nobody
 *
 * Browsers: form login, session, CSRF on
 * GET  /, /registre, /registre/{id}, /accessibilite            everyone (no session, no cookie)
 * GET  /comment-le-label-est-attribue (the rules in force)     everyone (no session, no cookie)
 * GET  /registry.csv, /registry.json, /v3/api-docs[/**]        everyone
 *      /login, /css/**, /js/**, /images/**, /favicon.ico,
 *      /actuator/health[/**], error pages                       everyone
 *      /mon-espace/**                                          STRUCTURE (its own structure only)
 * POST /back-office/regles/brouillons (rule files uploaded)    ADMIN (officers change parameters, not rules)
 *      /back-office/**                                         OFFICER, ADMIN
 *      /crefop/**                                              CREFOP, OFFICER, ADMIN
 *      /admin/**                                               ADMIN
 * GET  /documents/audit/{c}/{structureId}                      OFFICER, ADMIN, CREFOP, or the owning STRUCTURE
 * GET  /documents/certificate/{c}/{structureId}.pdf            OFFICER, ADMIN, CREFOP, or the owning STRUCTURE
 * POST /logout                                                 the signed-in account
 * any other route                                              nobody
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String STRUCTURE = Role.STRUCTURE.name();
    private static final String OFFICER = Role.OFFICER.name();
    private static final String CREFOP = Role.CREFOP.name();
    private static final String ADMIN = Role.ADMIN.name();

    /** No inline script or style anywhere: everything comes from the application's own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final AuthorizationManager<RequestAuthorizationContext> OWNING_STRUCTURE = new StructureOwnership();

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, ObjectMapper json, Journal journal) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(route -> route
                        .requestMatchers(GET, "/api/registry", "/api/registry/{structureId}").permitAll()
                        .requestMatchers(GET, "/api/rules").permitAll()
                        .requestMatchers(POST, "/api/imports").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(POST, "/api/campaigns").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(POST, "/api/campaigns/{campaign}/evaluations").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(GET, "/api/jobs/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(GET, "/api/campaigns/{campaign}/evaluations").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(GET, "/api/campaigns/{campaign}/evaluations/{structureId}",
                                "/api/campaigns/{campaign}/evaluations/{structureId}/audit.pdf")
                                .access(anyOf(hasAnyRole(OFFICER, ADMIN), OWNING_STRUCTURE))
                        .requestMatchers(POST, "/api/campaigns/{campaign}/evaluations/{structureId}/decision").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(GET, "/api/deadlines").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers(GET, "/api/campaigns/{campaign}/crefop-report.pdf",
                                "/api/campaigns/{campaign}/crefop-report.csv").hasAnyRole(CREFOP, OFFICER, ADMIN)
                        .anyRequest().denyAll())
                .authenticationManager(signIn)
                .httpBasic(basic -> basic.realmName(SecurityErrors.REALM)
                        .authenticationEntryPoint(SecurityErrors.apiUnauthorized(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Scripts send credentials on each request and hold no session: no CSRF token to steal.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(refusal -> refusal
                        .authenticationEntryPoint(SecurityErrors.apiUnauthorized(json))
                        .accessDeniedHandler(SecurityErrors.apiForbidden(json, journal)))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, AuthenticationManager signIn, Journal journal) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(java.util.Map.of(LoginThrottledException.class.getName(), "/login?locked"));
        http.authorizeHttpRequests(route -> route
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(GET, "/", "/registre", "/registre/{structureId}", "/accessibilite",
                                "/registry.csv", "/registry.json", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .requestMatchers(GET, "/comment-le-label-est-attribue").permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/mon-espace/**").hasRole(STRUCTURE)
                        // New criteria or changed logic come as rule files: an administrator's act. Officers
                        // change thresholds on /back-office/regles/parametres, where nothing sent is code.
                        .requestMatchers(POST, "/back-office/regles/brouillons").hasRole(ADMIN)
                        .requestMatchers("/back-office/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers("/crefop/**").hasAnyRole(CREFOP, OFFICER, ADMIN)
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers(GET, "/documents/audit/{campaign}/{structureId}",
                                "/documents/certificate/{campaign}/{structureId}.pdf")
                                .access(anyOf(hasAnyRole(OFFICER, ADMIN, CREFOP), OWNING_STRUCTURE))
                        .requestMatchers(POST, "/logout").authenticated()
                        .anyRequest().denyAll())
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new SignInSuccess(journal))
                        .failureHandler(failure))
                .logout(logout -> logout.logoutSuccessUrl("/").deleteCookies("JSESSIONID"))
                .exceptionHandling(refusal -> refusal.accessDeniedHandler(SecurityErrors.browserForbidden(journal)))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** One sign-in for both chains: accounts from MongoDB, throttled, failures journaled. */
    @Bean
    AuthenticationManager signIn(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                 Journal journal, Clock clock) {
        return new ProviderManager(new ThrottledAuthenticationProvider(accounts, encoder, throttle, journal, clock));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(nosniff -> { });
    }
}
