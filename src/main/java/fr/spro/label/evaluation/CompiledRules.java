package fr.spro.label.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Catalogue;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set compiled and checked, independent of any clock: what the compiler caches and what
 * every {@link RuleSet} built on the same files shares. The knowledge base is immutable and the
 * session pool thread-safe, so both are shared between threads.
 *
 * @param sessions sessions borrowed for one evaluation (or batch) and reset when given back
 */
record CompiledRules(Catalogue catalogue, Map<String, String> files, String fingerprint, KieBase kieBase,
                     KieSessionsPool sessions, List<RuleLocation> rules, Duration buildTime) {
}
