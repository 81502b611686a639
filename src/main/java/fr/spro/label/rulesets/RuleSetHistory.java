package fr.spro.label.rulesets;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The history of the rules in force, for other modules to read: each activation of a rule set,
 * with its version, fingerprint and the moment it came into force, and what it replaced. Read
 * without the files, a bounded number at a time, the latest first.
 */
@Component
public class RuleSetHistory {

    /** The most activations one call returns: a public page asks for them, never for all. */
    public static final int MOST = 100;

    private final RuleSetStore store;

    RuleSetHistory(RuleSetStore store) {
        this.store = store;
    }

    /**
     * One activation: the rule set an officer put in force at {@code activatedAt}, and the one in
     * force before it (the application's own rules for the first activation).
     */
    public record Activation(String version, String fingerprint, Instant activatedAt, String previousVersion,
                             String previousFingerprint) {
    }

    /**
     * The latest activations first, at most {@code limit} (and never more than {@link #MOST}).
     *
     * @throws IllegalArgumentException for a limit under 1
     */
    public List<Activation> latestFirst(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " : au moins 1");
        }
        return store.activations(Math.min(limit, MOST)).stream()
                .map(a -> new Activation(a.version(), a.fingerprint(), a.activatedAt(), a.previousVersion(), a.previousFingerprint()))
                .toList();
    }
}
