package fr.spro.label.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username in MongoDB (so it holds across instances) and locks the
 * username once the threshold is reached within the window. Each failure is one atomic
 * {@code findAndModify}, so concurrent attempts are all counted.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    private final MongoTemplate mongo;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(MongoTemplate mongo, LoginThrottleProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** When sign-ins for that username are refused until, if they are now. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return Optional.ofNullable(mongo.findById(key(username), LoginAttempts.class))
                .map(LoginAttempts::lockedUntil)
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure; returns the end of the lock when this failure reached the threshold. */
    Optional<Instant> recordFailure(String username) {
        Instant now = clock.instant();
        Query byUsername = byUsername(username);
        LoginAttempts attempts = mongo.findAndModify(byUsername,
                new Update().set("lastFailure", now).push("failures").slice(-properties.maxFailures()).each(now),
                FindAndModifyOptions.options().upsert(true).returnNew(true), LoginAttempts.class);
        Instant windowStart = now.minus(properties.window());
        long recent = attempts == null ? 1 : attempts.failures().stream().filter(at -> at.isAfter(windowStart)).count();
        if (recent < properties.maxFailures()) {
            return Optional.empty();
        }
        Instant until = now.plus(properties.lock());
        // The count starts again once the lock is over.
        mongo.updateFirst(byUsername, new Update().set("lockedUntil", until).set("failures", List.of()), LoginAttempts.class);
        return Optional.of(until);
    }

    void recordSuccess(String username) {
        mongo.remove(byUsername(username), LoginAttempts.class);
    }

    private static Query byUsername(String username) {
        return Query.query(Criteria.where("_id").is(key(username)));
    }

    /** Case does not make another username to guess for. */
    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
