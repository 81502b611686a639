package fr.spro.label.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.referential.Outcome;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;

/**
 * Fixtures of the rule engine: the bundled rule files compiled once per test JVM, a fixed clock,
 * and structures that meet every criterion, to be spoiled one input at a time.
 */
public final class RuleFixtures {

    /** Evaluations of these tests happen on 15 January 2026, after campaign 2025. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneId.of("Europe/Paris"));

    private static RuleEngine engine;

    private RuleFixtures() {
    }

    /** The engine on the top-level {@code rules/} folder, compiled once. */
    public static synchronized RuleEngine bundledEngine() {
        if (engine == null) {
            engine = RuleEngine.fromDirectory(Path.of("rules"), CLOCK);
        }
        return engine;
    }

    public static RuleSet bundledRuleSet() {
        return bundledEngine().active();
    }

    /** Evaluates the request with the bundled rules. */
    public static Evaluation evaluate(RequestBuilder request) {
        return bundledEngine().evaluate(request.build());
    }

    /** The finding of one criterion in the evaluation of the request. */
    public static Finding finding(String criterion, RequestBuilder request) {
        return evaluate(request).findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("pas de finding " + criterion));
    }

    /** A Mission locale, member, receiving the 16-30 year-olds, that meets every criterion of 2025. */
    public static RequestBuilder aConformingMember() {
        return new RequestBuilder("ML-DIJON", Membership.MEMBER, Network.MISSION_LOCALE);
    }

    /** A CIO, associated member, that meets every criterion applicable to it. */
    public static RequestBuilder aConformingAssociated() {
        return new RequestBuilder("CIO-DIJON", Membership.ASSOCIATED, Network.CIO);
    }

    /** What referential 2025.1 lets each criterion conclude. */
    public static Set<Outcome> possibleOutcomes(String criterion) {
        Set<Outcome> outcomes = EnumSet.of(Outcome.CONFORME, Outcome.NC_MINEURE);
        if (Set.of("ACC-01", "ACC-02", "ACC-03", "ACC-04", "ACC-05", "NEU-01", "NEU-02", "NEU-03", "NEU-04",
                "SRV-01", "SRV-02", "SRV-03", "SRV-04", "NET-01", "PRO-01", "QUA-01", "QUA-02", "QUA-03").contains(criterion)) {
            outcomes.add(Outcome.NC_MAJEURE);
        }
        if (Set.of("ACC-02", "ACC-06", "NEU-02", "SRV-04", "NET-05").contains(criterion)) {
            outcomes.add(Outcome.A_JUSTIFIER);
        }
        if (Set.of("SRV-02", "NET-01", "NET-03", "NET-04", "QUA-03", "ECO-01", "DEC-01").contains(criterion)) {
            outcomes.add(Outcome.NON_APPLICABLE);
        }
        return outcomes;
    }
}
