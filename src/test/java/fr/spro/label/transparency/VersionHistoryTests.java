package fr.spro.label.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import fr.spro.label.rulesets.RuleSetHistory;
import org.junit.jupiter.api.Test;

/** Which rule sets were in force before the one in force, and since when, from the activations. */
class VersionHistoryTests {

    static final Instant MARCH = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant MAY = Instant.parse("2026-05-12T10:00:00Z");
    static final Instant JUNE = Instant.parse("2026-06-01T08:00:00Z");

    /** Bundled rules B, then A activated in March, C in May, A again in June: the latest first. */
    static final List<RuleSetHistory.Activation> ACTIVATIONS = List.of(
            new RuleSetHistory.Activation("2025.1", "aaa", JUNE, "2025.2", "ccc"),
            new RuleSetHistory.Activation("2025.2", "ccc", MAY, "2025.1", "aaa"),
            new RuleSetHistory.Activation("2025.1", "aaa", MARCH, "2025.1", "bbb"));

    @Test
    void theRuleSetInForceIsInForceSinceItsLatestActivationAndEachEarlierOneUntilTheNext() {
        VersionHistory history = VersionHistory.of("aaa", ACTIVATIONS, true);

        assertThat(history.since()).isEqualTo(JUNE);
        assertThat(history.earlier()).containsExactly(
                new VersionHistory.Earlier("2025.2", "ccc", MAY, JUNE),
                new VersionHistory.Earlier("2025.1", "aaa", MARCH, MAY),
                new VersionHistory.Earlier("2025.1", "bbb", null, MARCH));
        assertThat(history.olderNotListed()).isFalse();
    }

    @Test
    void whenTheActivationsReadStopBeforeTheFirstTheApplicationsRulesAreNotGuessed() {
        VersionHistory history = VersionHistory.of("aaa", ACTIVATIONS.subList(0, 2), false);

        assertThat(history.earlier()).containsExactly(new VersionHistory.Earlier("2025.2", "ccc", MAY, JUNE));
        assertThat(history.olderNotListed()).isTrue();
    }

    @Test
    void theApplicationsOwnRulesHaveNoRecordedDate() {
        assertThat(VersionHistory.of("bbb", List.of(), true)).isEqualTo(new VersionHistory(null, List.of(), false));
    }

    @Test
    void aNewerActivationThatIsNotInForceHereIsNotCountedAsEarlier() {
        VersionHistory history = VersionHistory.of("ccc", ACTIVATIONS, true);

        assertThat(history.since()).isEqualTo(MAY);
        assertThat(history.earlier()).extracting(VersionHistory.Earlier::fingerprint).containsExactly("aaa", "bbb");
    }
}
