package fr.spro.label.security;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Recent failed sign-ins of one username, kept in MongoDB so that every instance of the
 * application sees the same count. MongoDB drops a record a day after its last failure.
 *
 * @param username    the username as typed, lower-cased
 * @param failures    the latest failures, at most the throttling threshold
 * @param lockedUntil sign-ins refused until then
 */
@Document("login_attempts")
record LoginAttempts(
        @Id String username,
        List<Instant> failures,
        Instant lockedUntil,
        @Indexed(expireAfterSeconds = 86_400) Instant lastFailure) {

    LoginAttempts {
        failures = failures == null ? List.of() : failures;
    }
}
