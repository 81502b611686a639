package fr.spro.label.transparency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.spro.label.rulesets.RuleSetHistory;

/**
 * When the rule set in force came into force and which ones were in force before it, from the
 * activations officers made (the latest first). The rule set in force is the latest activation of
 * its fingerprint: a parameter change keeps the referential's version number, so only the
 * fingerprint tells two rule sets apart. Before the first activation, the application's own rules
 * were in force; when they came into force (the application's putting into service) is recorded
 * nowhere, so no date is given for it rather than a made-up one.
 *
 * @param since          when the rule set in force came into force, {@code null} for the application's own rules
 * @param earlier        the rule sets in force before it, the latest first
 * @param olderNotListed whether the activations read stop before the first one
 */
record VersionHistory(Instant since, List<Earlier> earlier, boolean olderNotListed) {

    /** A rule set in force before, from {@code from} ({@code null}: from the start) until {@code until}. */
    record Earlier(String version, String fingerprint, Instant from, Instant until) {
    }

    /**
     * @param activations the latest activations first, as {@link RuleSetHistory#latestFirst} reads them
     * @param complete    whether they go back to the first activation ever made
     */
    static VersionHistory of(String fingerprintInForce, List<RuleSetHistory.Activation> activations, boolean complete) {
        int current = -1;
        for (int i = 0; i < activations.size() && current < 0; i++) {
            if (activations.get(i).fingerprint().equals(fingerprintInForce)) {
                current = i;
            }
        }
        if (current < 0) {
            // The application's own rules (or --rules-dir): what officers activated is not in force here.
            return new VersionHistory(null, List.of(), false);
        }
        List<Earlier> earlier = new ArrayList<>();
        for (int i = current + 1; i < activations.size(); i++) {
            RuleSetHistory.Activation one = activations.get(i);
            earlier.add(new Earlier(one.version(), one.fingerprint(), one.activatedAt(), activations.get(i - 1).activatedAt()));
        }
        if (complete) {
            RuleSetHistory.Activation first = activations.get(activations.size() - 1);
            if (first.previousFingerprint() != null) {
                earlier.add(new Earlier(first.previousVersion(), first.previousFingerprint(), null, first.activatedAt()));
            }
        }
        return new VersionHistory(activations.get(current).activatedAt(), earlier, !complete);
    }

    List<RulesInForce.EarlierVersion> written(RulesWording words, Locale locale) {
        return earlier.stream().map(e -> new RulesInForce.EarlierVersion(e.version(), e.fingerprint(), e.from(),
                e.from() == null ? null : words.dateTime(e.from(), locale), e.until(), words.dateTime(e.until(), locale),
                e.from() != null)).toList();
    }
}
