package fr.spro.label.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Stops an evaluation whose rules run away, and says which rule did: a rule that fires more often
 * than any rule of the referential can (once per criterion per structure, once per minor finding
 * for the action plan), or a session that outlasts its time limit. Rule files cannot hold loops
 * ({@link RuleFileCheck}), but two allowed rules can still feed each other without end. Checked
 * before every firing, in the upload's sample check, the what-if and the campaign job alike.
 */
final class FiringGuard implements AgendaFilter {

    /** Firings of one rule per structure: the action-plan rule fires at most once per criterion (28). */
    static final int MAX_FIRINGS_PER_RULE_AND_CASE = 100;
    /**
     * Processor time for one structure, beyond a fixed allowance for the session (~0.1 ms is
     * typical). Processor time of this thread, not the clock: a busy machine slows an evaluation
     * down without making it run away, and must never make the bundled rules look like it.
     */
    static final Duration TIME_PER_CASE = Duration.ofMillis(20);
    static final Duration TIME_PER_SESSION = Duration.ofSeconds(2);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Why an evaluation was stopped. */
    record Runaway(String rule, String reason) {
    }

    private final KieSession session;
    private final int maxFiringsPerRule;
    private final long deadline;
    private final Map<String, int[]> firings = new HashMap<>(64);
    private Runaway runaway;

    FiringGuard(KieSession session, int cases) {
        this.session = session;
        this.maxFiringsPerRule = MAX_FIRINGS_PER_RULE_AND_CASE * Math.max(1, cases);
        this.deadline = now() + TIME_PER_SESSION.toNanos() + TIME_PER_CASE.toNanos() * cases;
    }

    @Override
    public boolean accept(Match match) {
        if (runaway != null) {
            return false;
        }
        String rule = match.getRule().getName();
        int[] count = firings.computeIfAbsent(rule, r -> new int[1]);
        if (++count[0] > maxFiringsPerRule) {
            return stop(new Runaway(rule, "déclenchée plus de " + maxFiringsPerRule + " fois : elle se relance sans fin"));
        }
        if ((count[0] & 15) == 0 && now() > deadline) {
            return stop(new Runaway(rule, "évaluation arrêtée après la limite de temps, pendant que cette règle se déclenchait"));
        }
        return true;
    }

    /** This thread's processor time, or the clock where the JVM cannot measure it. */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private boolean stop(Runaway why) {
        runaway = why;
        session.halt();
        return false;
    }

    Optional<Runaway> verdict() {
        return Optional.ofNullable(runaway);
    }
}
