package fr.spro.label.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Rule files checked and compiled, independent of any clock and of the parameters' values: what
 * the compiler caches and what every {@link RuleSet} built on the same rule files shares. The
 * knowledge base is immutable and the session pool thread-safe, so both are shared between threads.
 *
 * @param fingerprint        SHA-256 of the rule and catalogue files (parameters left out)
 * @param sessions           sessions borrowed for one evaluation (or batch) and reset when given back
 * @param parametersUsed     the parameter names the rule files read
 * @param declaresParameters whether the rule files declare the {@code parameters} global
 */
record CompiledRules(String fingerprint, KieBase kieBase, KieSessionsPool sessions, List<RuleLocation> rules,
                     Duration buildTime, Set<String> parametersUsed, boolean declaresParameters) {
}
