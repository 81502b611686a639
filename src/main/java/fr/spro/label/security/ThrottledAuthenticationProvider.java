package fr.spro.label.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (form and HTTP Basic alike), refused while the username is
 * locked by {@link LoginThrottle}. Writes every failure to the journal ({@code LOGIN_FAILURE},
 * {@code LOGIN_LOCKED}) with the remote address; successful form sign-ins are journaled by the
 * form's success handler (a Basic call authenticates on every request and is not a sign-in).
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final Journal journal;
    private final Clock clock;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, org.springframework.security.crypto.password.PasswordEncoder encoder,
                                    LoginThrottle throttle, Journal journal, Clock clock) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        // who tried, from where: the name typed (no account may match it) and the address the filter recorded
        Actor attempted = new Actor(username, origin(attempt));
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            journal.record(attempted, JournalAction.LOGIN_LOCKED, username, null, "refusée pendant le verrouillage");
            throw new LoginThrottledException(locked.get(), clock.instant(), false);
        }
        try {
            Authentication authenticated = super.authenticate(attempt);
            throttle.recordSuccess(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            journal.record(attempted, JournalAction.LOGIN_FAILURE, username, null, "identifiant ou mot de passe incorrect");
            Optional<Instant> lockedNow = throttle.recordFailure(username);
            if (lockedNow.isPresent()) {
                journal.record(attempted, JournalAction.LOGIN_LOCKED, username, null, "verrouillé jusqu'à " + lockedNow.get());
                throw new LoginThrottledException(lockedNow.get(), clock.instant(), true);
            }
            throw wrong;
        } catch (AuthenticationException refused) {
            journal.record(attempted, JournalAction.LOGIN_FAILURE, username, null, refused.getClass().getSimpleName());
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String origin(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
