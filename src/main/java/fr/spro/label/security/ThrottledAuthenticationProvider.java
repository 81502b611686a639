package fr.spro.label.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            journal.record(username, JournalAction.LOGIN_LOCKED, username, null, "refusée pendant le verrouillage", origin(attempt));
            throw new LoginThrottledException(locked.get(), clock.instant(), false);
        }
        try {
            Authentication authenticated = super.authenticate(attempt);
            throttle.recordSuccess(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            journal.record(username, JournalAction.LOGIN_FAILURE, username, null, "identifiant ou mot de passe incorrect", origin(attempt));
            Optional<Instant> lockedNow = throttle.recordFailure(username);
            if (lockedNow.isPresent()) {
                journal.record(username, JournalAction.LOGIN_LOCKED, username, null, "verrouillé jusqu'à " + lockedNow.get(), origin(attempt));
                throw new LoginThrottledException(lockedNow.get(), clock.instant(), true);
            }
            throw wrong;
        } catch (AuthenticationException refused) {
            journal.record(username, JournalAction.LOGIN_FAILURE, username, null, refused.getClass().getSimpleName(), origin(attempt));
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
