package fr.spro.label.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling: after {@code maxFailures} failed sign-ins for one username within
 * {@code window}, further attempts are refused for {@code lock}.
 */
@ConfigurationProperties("app.login-throttle")
record LoginThrottleProperties(Integer maxFailures, Duration window, Duration lock) {

    LoginThrottleProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        lock = lock == null ? Duration.ofMinutes(15) : lock;
    }
}
