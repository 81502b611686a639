package fr.spro.label.security;

import static fr.spro.label.support.AccountFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=registry-tests")
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;

    void account(String username, Role role) {
        AccountFixture.create(accounts, encoder, username, role, role == Role.STRUCTURE ? "ML-DIJON" : null);
    }

    @Test
    void theSignInPageIsBilingualAndLabelsItsFields() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<label for=\"username\">Identifiant</label>")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("<label for=\"password\">Password</label>")));
    }

    @Test
    void aFormSignInGoesToTheWorkingSpaceOfTheRoleAndIsJournaled() throws Exception {
        account("signin-officer", Role.OFFICER);
        account("signin-structure", Role.STRUCTURE);
        mvc.perform(formLogin("/login").user("signin-officer").password(PASSWORD)).andExpect(redirectedUrl("/back-office"));
        mvc.perform(formLogin("/login").user("signin-structure").password(PASSWORD)).andExpect(redirectedUrl("/mon-espace"));
        assertThat(journal.latest(JournalAction.LOGIN_SUCCESS, 50)).extracting(JournalEntry::actor, JournalEntry::after, JournalEntry::origin)
                .contains(org.assertj.core.groups.Tuple.tuple("signin-officer", "OFFICER", "127.0.0.1"));
    }

    @Test
    void aFormSignInWithoutTheCsrfTokenIsRefused() throws Exception {
        account("signin-nocsrf", Role.ADMIN);
        mvc.perform(post("/login").param("username", "signin-nocsrf").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordSaysSoAndIsJournaledWithTheAddress() throws Exception {
        account("signin-wrong", Role.CREFOP);
        mvc.perform(formLogin("/login").user("signin-wrong").password("not-the-password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(Matchers.containsString("Identifiant ou mot de passe incorrect.")));
        assertThat(journal.latest(JournalAction.LOGIN_FAILURE, 50)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("signin-wrong");
            assertThat(entry.origin()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
        account("signin-locked", Role.OFFICER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("signin-locked").password("guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("signin-locked").password("guess-4")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").user("signin-locked").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/jobs/1").with(httpBasic("SIGNIN-LOCKED", PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("LOGIN_LOCKED"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("réessayez dans 15 minutes")));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(Matchers.containsString("réessayez dans 15 minutes")));
        assertThat(journal.latest(JournalAction.LOGIN_LOCKED, 50)).extracting(JournalEntry::actor)
                .contains("signin-locked");
    }

    @Test
    void theLockLivesInTheDatabaseSoEveryInstanceSeesItAndItEnds() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-10T09:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        LoginThrottleProperties limits = new LoginThrottleProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        LoginThrottle oneInstance = new LoginThrottle(mongo, limits, clock);
        LoginThrottle otherInstance = new LoginThrottle(mongo, limits, clock);

        for (int i = 0; i < 4; i++) {
            assertThat(oneInstance.recordFailure("Throttle-Shared")).isEmpty();
            now.set(now.get().plusSeconds(60));
        }
        assertThat(otherInstance.recordFailure("throttle-shared")).as("the fifth failure, on another instance").isPresent();
        assertThat(oneInstance.lockedUntil("throttle-shared")).contains(now.get().plus(Duration.ofMinutes(15)));

        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(otherInstance.lockedUntil("throttle-shared")).isEmpty();
        assertThat(otherInstance.recordFailure("throttle-shared")).as("the count started again").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-10T09:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        LoginThrottle throttle = new LoginThrottle(mongo, new LoginThrottleProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        for (int i = 0; i < 8; i++) {
            assertThat(throttle.recordFailure("throttle-slow")).isEmpty();
            now.set(now.get().plus(Duration.ofMinutes(4)));
        }
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() throws Exception {
        account("signin-clears", Role.ADMIN);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("signin-clears").password("guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("signin-clears").password(PASSWORD)).andExpect(redirectedUrl("/back-office/regles"));
        mvc.perform(formLogin("/login").user("signin-clears").password("guess-5")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anAdministratorLandsOnAPageThatExists() throws Exception {
        account("signin-admin-home", Role.ADMIN);
        MvcResult signedIn = mvc.perform(formLogin("/login").user("signin-admin-home").password(PASSWORD))
                .andExpect(redirectedUrl("/back-office/regles")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/back-office/regles").session(session)).andExpect(status().isOk());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        account("signin-out", Role.CREFOP);
        MvcResult signedIn = mvc.perform(formLogin("/login").user("signin-out").password(PASSWORD)).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/").session(session)).andExpect(content().string(Matchers.containsString("Connecté : signin-out")));
        mvc.perform(post("/logout").session(session).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(session.isInvalid()).isTrue();
    }
}
