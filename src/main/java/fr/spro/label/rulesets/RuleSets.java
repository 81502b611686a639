package fr.spro.label.rulesets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.evaluation.RuleSetException;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The life of a rule set: uploaded and checked by {@link RuleEngine#compile} (a draft only when it
 * passes), or prepared from the rule set in force with other parameter values, kept as a draft,
 * then activated — stored as the rule set in force for every instance, swapped into the rule engine
 * and journaled {@code RULES_ACTIVATED} with the versions and the changed parameters before and
 * after — or discarded. Uploads, prepared drafts and discards are journaled too.
 */
@Service
@EnableConfigurationProperties(RuleSetsProperties.class)
class RuleSets {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

    private final RuleEngine engine;
    private final RuleSetStore store;
    private final RuleUpload upload;
    private final Journal journal;
    private final Clock clock;

    RuleSets(RuleEngine engine, RuleSetStore store, RuleSetsProperties limits, Journal journal, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.upload = new RuleUpload(limits);
        this.journal = journal;
        this.clock = clock;
    }

    /** The rule set in force across instances (one activated on another instance is taken up first). */
    RuleSet active() {
        return engine.inForce();
    }

    /** Who activated the rule set in force, when it was activated here rather than shipped with the application. */
    Optional<RuleSetActivation> activeActivation() {
        return store.lastActivation().filter(a -> a.fingerprint().equals(engine.active().fingerprint()));
    }

    List<RuleSetActivation> history(int limit) {
        return store.activations(limit);
    }

    List<RuleSetDraft> drafts() {
        return store.drafts();
    }

    /** @throws DraftNotFound when no such draft is waiting */
    RuleSetDraft draft(String id) {
        return store.draft(id).orElseThrow(() -> new DraftNotFound(id));
    }

    /**
     * Checks the upload, compiles it and keeps it as a draft.
     *
     * @throws RuleSetException with every problem of the upload or of the rules, each with its file and line
     */
    RuleSetDraft upload(List<RuleUpload.Part> parts, Actor officer) {
        Map<String, String> files = upload.read(parts);
        RuleSetDraft draft = store.save(draft(compile(files), officer.name(), describe(parts)));
        journal.record(officer, JournalAction.RULES_UPLOADED, "brouillon " + describe(draft), describe(engine.active()), describe(draft));
        return draft;
    }

    /**
     * Why the parameters in force would not take these values, in French, by parameter name; empty
     * when they would.
     */
    Map<String, String> parameterRefusals(Map<String, BigDecimal> values) {
        return active().catalogue().parameters().with(values).refused();
    }

    /**
     * A draft that is the rule set in force with these parameter values: only {@code parameters.csv}
     * differs, written here from the values (nothing an officer sends is a file). Journaled with the
     * values before and after.
     *
     * @return empty when no value differs from the one in force
     * @throws ParametersRefused when a value is out of its range, not a whole number, or above the one it may not exceed
     */
    Optional<RuleSetDraft> draftParameters(Map<String, BigDecimal> values, Actor officer) {
        RuleSet active = active();
        Parameters inForce = active.catalogue().parameters();
        Parameters.Changed changed = inForce.with(values);
        if (!changed.refused().isEmpty()) {
            throw new ParametersRefused(changed.refused());
        }
        List<ParameterChange> changes = ParameterChange.between(inForce, changed.parameters(), Locale.FRENCH);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> files = new TreeMap<>(active.files());
        files.put(Parameters.FILE, changed.parameters().toCsv());
        RuleSetDraft draft = store.save(draft(compile(files), officer.name(), RuleSetDraft.FROM_PARAMETERS));
        journal.record(officer, JournalAction.RULES_DRAFTED, "brouillon " + describe(draft), ParameterChange.before(changes),
                ParameterChange.after(changes));
        return Optional.of(draft);
    }

    private RuleSetDraft draft(RuleSet compiled, String officer, String source) {
        return new RuleSetDraft(UUID.randomUUID().toString(), compiled.version(), compiled.fingerprint(),
                compiled.catalogue().criteria().size(), compiled.rules().size(),
                compiled.files().entrySet().stream().map(f -> new RuleFile(f.getKey(), f.getValue())).toList(),
                officer, Instant.now(clock), source);
    }

    /**
     * The draft compiled (from the compiler's cache after the first time).
     *
     * @throws RuleSetException when it no longer compiles, e.g. after an upgrade of the application
     */
    RuleSet compiled(RuleSetDraft draft) {
        return compile(draft.filesByName());
    }

    /**
     * Puts the draft in force: claimed first (of two officers activating it at once, one does),
     * stored as the rule set in force (so a restart keeps it), swapped into the rule engine, and
     * journaled with the versions and the changed parameters before and after.
     */
    RuleSetActivation activate(String draftId, Actor officer) {
        RuleSetDraft draft = draft(draftId);
        RuleSet candidate = compiled(draft);
        if (!store.delete(draftId)) {
            throw new DraftNotFound(draftId);
        }
        RuleSet previous = engine.active();
        RuleSetActivation activation;
        try {
            activation = store.save(new RuleSetActivation(null, candidate.version(), candidate.fingerprint(),
                    draft.files(), officer.name(), Instant.now(clock), previous.version(), previous.fingerprint()));
        } catch (RuntimeException notStored) {
            store.save(draft); // nothing changed: the draft waits again
            throw notStored;
        }
        engine.activate(candidate);
        List<ParameterChange> changes = ParameterChange.between(previous.catalogue().parameters(), candidate.catalogue().parameters(),
                Locale.FRENCH);
        journal.record(officer, JournalAction.RULES_ACTIVATED, "référentiel " + candidate.version(),
                withChanges(describe(previous), ParameterChange.before(changes)),
                withChanges(describe(candidate), ParameterChange.after(changes)));
        log.info("Rule set {} activated by {} in place of {}", candidate.version(), officer.name(), previous.version());
        return activation;
    }

    void discard(String draftId, Actor officer) {
        RuleSetDraft draft = draft(draftId);
        if (store.delete(draftId)) {
            journal.record(officer, JournalAction.RULES_DISCARDED, "brouillon " + describe(draft), describe(draft), null);
        }
    }

    private RuleSet compile(Map<String, String> files) {
        try {
            return engine.compile(files);
        } catch (RuleSetException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            // Drools may fail in ways its result list does not report: still one readable problem, never a trace.
            log.warn("Rule set refused by an unexpected compiler failure", failure);
            throw new RuleSetException("(règles)", 0, "le compilateur de règles a échoué : " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : " — " + failure.getMessage()));
        }
    }

    private static String withChanges(String version, String parameters) {
        return parameters.isEmpty() ? version : version + " — " + parameters;
    }

    static String shortFingerprint(String fingerprint) {
        return fingerprint == null ? "" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }

    private static String describe(RuleSet ruleSet) {
        return ruleSet.version() + " (" + shortFingerprint(ruleSet.fingerprint()) + ")";
    }

    private static String describe(RuleSetDraft draft) {
        return draft.version() + " (" + draft.shortFingerprint() + ")";
    }

    private static String describe(List<RuleUpload.Part> parts) {
        List<RuleUpload.Part> sent = parts.stream().filter(p -> p.fileName() != null && !p.fileName().isBlank()).toList();
        return sent.size() == 1 ? RuleUpload.baseName(sent.get(0).fileName()) : sent.size() + " fichiers";
    }
}
