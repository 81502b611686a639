package fr.spro.label.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures for that username. */
class LoginThrottledException extends AuthenticationException {

    private final transient Instant lockedUntil;
    private final boolean lockedNow;

    LoginThrottledException(Instant lockedUntil, Instant now, boolean lockedNow) {
        super("Trop de tentatives de connexion échouées pour cet identifiant : réessayez dans "
                + minutesLeft(now, lockedUntil) + " minutes.");
        this.lockedUntil = lockedUntil;
        this.lockedNow = lockedNow;
    }

    /** Rounded up: "14 minutes 30 s" reads as 15 minutes. */
    private static long minutesLeft(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** True when this very failure reached the threshold (rather than an attempt during the lock). */
    boolean lockedNow() {
        return lockedNow;
    }
}
