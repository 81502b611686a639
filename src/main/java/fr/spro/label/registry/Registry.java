package fr.spro.label.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The public registry: one {@link RegistryEntry} per structure ever granted the label, rebuilt
 * from the confirmed decisions. Proposals never reach it. Every saved or deleted decision
 * refreshes its structure ({@code RegistryRefresh}); the campaign job ends with {@link #refreshAll()}.
 * Reads are corrected to today's date, so a label whose validity passed shows as expired at once.
 */
@Service
@EnableConfigurationProperties(RegistryProperties.class)
public class Registry {

    private static final Logger log = LoggerFactory.getLogger(Registry.class);
    private static final int REFRESH_PAGE = 500;
    /** Who the journal names for what time does to a label: nobody decided it. */
    private static final Actor PROCEDURE = new Actor("application", "procédure du label");

    private final RegistryEntries stored;
    private final Directory directory;
    private final DecisionQueries decisions;
    private final EvaluationStore evaluations;
    private final LabelTimelines labelTimelines;
    private final RegistryProperties properties;
    private final RegistrySnapshot snapshot;
    private final Journal journal;
    private final Clock clock;

    Registry(RegistryEntries stored, Directory directory, DecisionQueries decisions, LabelTimelines labelTimelines,
             EvaluationStore evaluations, RegistryProperties properties, RegistrySnapshot snapshot, Journal journal, Clock clock) {
        this.stored = stored;
        this.directory = directory;
        this.decisions = decisions;
        this.labelTimelines = labelTimelines;
        this.evaluations = evaluations;
        this.properties = properties;
        this.snapshot = snapshot;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Rebuilds the entry of one structure from its decisions and directory record. Removes it when
     * the structure was never labelled, no longer exists or is a resource partner (never labelled).
     */
    public Optional<RegistryEntry> refresh(String structureId) {
        return refreshPage(List.of(structureId), today(), new ArrayList<>()).stream().findFirst();
    }

    /**
     * Rebuilds the entries of these structures that the registry lists, a page at a time: after
     * an import changed their directory records, what the public sees follows at once.
     */
    public int refreshListed(List<String> structureIds) {
        int refreshed = 0;
        for (int from = 0; from < structureIds.size(); from += REFRESH_PAGE) {
            List<String> page = structureIds.subList(from, Math.min(structureIds.size(), from + REFRESH_PAGE));
            List<String> listed = stored.listedAmong(page);
            if (!listed.isEmpty()) {
                refreshed += refreshPage(listed, today(), new ArrayList<>()).size();
            }
        }
        return refreshed;
    }

    /**
     * Rebuilds every entry: each structure with a decision and each one already listed. Stores
     * labels whose validity has passed as {@code EXPIRE}. Returns how many entries the registry holds.
     */
    public int refreshAll() {
        return applyOn(today()).listed();
    }

    /** What applying a day changed: the entries listed and the labels that expired. */
    public record Applied(int listed, List<String> expired) {
    }

    /**
     * Applies the label procedure's transitions due by {@code day} (not after the application's
     * today): every entry rebuilt as the decisions and acts up to that day leave it, so a label
     * whose validity ended the day before is stored {@code EXPIRE} and journaled once. Run twice,
     * the second run changes nothing: the entries are already so.
     */
    public Applied applyOn(LocalDate day) {
        Set<String> ids = new TreeSet<>(decisions.decidedStructures());
        ids.addAll(stored.allListed());
        List<String> all = List.copyOf(ids);
        int listed = 0;
        List<String> expired = new ArrayList<>();
        for (int from = 0; from < all.size(); from += REFRESH_PAGE) {
            listed += refreshPage(all.subList(from, Math.min(all.size(), from + REFRESH_PAGE)), day, expired).size();
        }
        log.info("Registry refreshed on {}: {} structures listed, {} labels expired", day, listed, expired.size());
        return new Applied(listed, List.copyOf(expired));
    }

    /**
     * Rebuilds the entries of these structures as of {@code day}, with one query per collection,
     * not one per structure. A label found expired that was stored otherwise is journaled (the
     * only change of status no decision nor act records) and added to {@code expired}.
     */
    private List<RegistryEntry> refreshPage(List<String> structureIds, LocalDate day, List<String> expired) {
        Map<String, MemberStructure> records = new HashMap<>();
        directory.findAll(structureIds).forEach(structure -> records.put(structure.id(), structure));
        Map<String, LabelTimeline> timelines = labelTimelines.timelinesOn(structureIds, day);
        Map<String, RegistryEntry> before = new HashMap<>();
        stored.find(structureIds).forEach(e -> before.put(e.structureId(), e));
        Map<String, LabelTimeline> listed = new LinkedHashMap<>();
        List<String> unlisted = new ArrayList<>();
        for (String id : structureIds) {
            MemberStructure structure = records.get(id);
            LabelTimeline timeline = timelines.get(id);
            if (structure != null && structure.membership() != Membership.RESOURCE_PARTNER && timeline.everLabelled()) {
                listed.put(id, timeline);
            } else if (before.containsKey(id)) {
                unlisted.add(id);
            }
        }
        Map<String, String> versions = ruleSetVersions(listed);
        List<RegistryEntry> entries = new ArrayList<>();
        List<RegistryEntry> changed = new ArrayList<>();
        listed.forEach((id, timeline) -> {
            RegistryEntry entry = entry(records.get(id), timeline, versions);
            RegistryEntry previous = before.get(id);
            // Unchanged entries are not rewritten: every instance refreshes the whole registry when it starts.
            if (entry.showsTheSameAs(previous)) {
                entries.add(previous);
            } else {
                entries.add(entry);
                changed.add(entry);
            }
            if (entry.status() == RegistryStatus.EXPIRE && previous != null && previous.status() != RegistryStatus.EXPIRE) {
                expired.add(id);
            }
        });
        store(changed, unlisted);
        expired.stream().filter(listed::containsKey).forEach(id -> journal.record(PROCEDURE, JournalAction.LABEL_EXPIRED, id,
                String.valueOf(before.get(id).status()), "EXPIRE le " + timelines.get(id).since()));
        return entries;
    }

    /** Writes what changed, then tells every instance's searches; nothing when nothing changed. */
    private void store(List<RegistryEntry> changed, List<String> unlisted) {
        if (changed.isEmpty() && unlisted.isEmpty()) {
            return;
        }
        try {
            if (!unlisted.isEmpty()) {
                stored.remove(unlisted);
            }
            changed.forEach(stored::save);
        } finally {
            snapshot.changed(); // even after a failed write: some entries may have changed
        }
    }

    /** The rule-set version of the evaluation behind each structure's last decision that matters, by structure. */
    private Map<String, String> ruleSetVersions(Map<String, LabelTimeline> timelines) {
        Map<String, String> campaignOfStructure = new HashMap<>();
        timelines.forEach((id, timeline) -> campaignOfStructure.put(id, timeline.statusCampaign()));
        return evaluations.ruleSetVersions(campaignOfStructure);
    }

    private RegistryEntry entry(MemberStructure structure, LabelTimeline timeline, Map<String, String> versions) {
        return new RegistryEntry(structure.id(), structure.name(), structure.network(), structure.territory(),
                structure.address(), structure.postalCode(), structure.city(), timeline.status().orElseThrow(),
                timeline.statusDecidedOn(), timeline.since(), timeline.validUntil(), timeline.dueBy(), timeline.statusCampaign(),
                versions.get(structure.id()),
                SearchText.of(structure.name(), structure.city(), structure.postalCode(), structure.id()),
                SearchText.normalise(structure.name()), SearchText.normalise(structure.city()),
                timeline.history(), Instant.now(clock));
    }

    /** The structure's entry as the public sees it today. */
    public Optional<RegistryEntry> find(String structureId) {
        LocalDate today = today();
        return stored.find(structureId).map(e -> e.asOf(today));
    }

    /** One page of the entries matching the search, as of today. */
    public RegistryPage search(RegistryQuery query) {
        LocalDate today = today();
        List<RegistryEntry> ordered = snapshot.entries(query.sort());
        Optional<Predicate<RegistryEntry>> matching = matching(query, today);
        List<RegistryEntry> page = new ArrayList<>(query.size());
        long total;
        if (matching.isEmpty()) { // the first pages of the registry, the most asked: no pass over all entries
            total = ordered.size();
            ordered.subList((int) Math.min(query.offset(), total), (int) Math.min(query.offset() + query.size(), total))
                    .forEach(entry -> page.add(entry.asOf(today)));
        } else {
            Predicate<RegistryEntry> kept = matching.get();
            long offset = query.offset();
            total = 0;
            for (RegistryEntry entry : ordered) {
                if (kept.test(entry)) {
                    if (total >= offset && page.size() < query.size()) {
                        page.add(entry.asOf(today));
                    }
                    total++;
                }
            }
        }
        return new RegistryPage(page, query, total);
    }

    /** The whole registry as of today, by structure id: the open data. */
    public List<RegistryEntry> all() {
        LocalDate today = today();
        return snapshot.entriesById().stream().map(e -> e.asOf(today)).toList();
    }

    /** The labels in force whose validity ends between these days included, as of today, soonest first. */
    public List<RegistryEntry> endingBetween(LocalDate from, LocalDate to) {
        LocalDate today = today();
        return snapshot.entriesById().stream().map(e -> e.asOf(today))
                .filter(e -> e.status().inForce() && e.validUntil() != null && !e.validUntil().isBefore(from) && !e.validUntil().isAfter(to))
                .sorted(Comparator.comparing(RegistryEntry::validUntil)).toList();
    }

    /** The permanent verification URL of a structure's label, printed on its certificate. */
    public String verificationUrl(String structureId) {
        return properties.publicBaseUrl() + "/registre/" + structureId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a search keeps, if it filters: every word of {@code q} starts a word of the entry, and its status as of today. */
    private static Optional<Predicate<RegistryEntry>> matching(RegistryQuery query, LocalDate today) {
        List<Predicate<RegistryEntry>> conditions = new ArrayList<>();
        if (query.territory() != null) {
            conditions.add(entry -> entry.territory() == query.territory());
        }
        if (query.network() != null) {
            conditions.add(entry -> entry.network() == query.network());
        }
        if (query.status() != null) {
            conditions.add(entry -> entry.statusOn(today) == query.status());
        }
        if (query.q() != null) {
            // A word starts a word of the text: the text starts with it, or it follows a space.
            SearchText.words(query.q()).forEach(word -> {
                String afterASpace = " " + word;
                conditions.add(entry -> entry.searchText().startsWith(word) || entry.searchText().contains(afterASpace));
            });
        }
        return conditions.stream().reduce(Predicate::and);
    }
}
