package fr.spro.label.label;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Structures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    private final MongoTemplate mongo;
    private final Structures structures;
    private final Evaluations evaluations;
    private final LabelStates labelStates;
    private final RegistryProperties properties;
    private final RegistrySnapshot snapshot;
    private final Clock clock;

    Registry(MongoTemplate mongo, Structures structures, LabelStates labelStates, Evaluations evaluations,
             RegistryProperties properties, RegistrySnapshot snapshot, Clock clock) {
        this.mongo = mongo;
        this.structures = structures;
        this.labelStates = labelStates;
        this.evaluations = evaluations;
        this.properties = properties;
        this.snapshot = snapshot;
        this.clock = clock;
    }

    /**
     * Rebuilds the entry of one structure from its decisions and directory record. Removes it when
     * the structure was never labelled, no longer exists or is a resource partner (never labelled).
     */
    public Optional<RegistryEntry> refresh(String structureId) {
        return refreshPage(List.of(structureId)).stream().findFirst();
    }

    /**
     * Rebuilds the entries of these structures that the registry lists, a page at a time: after
     * an import changed their directory records, what the public sees follows at once.
     */
    public int refreshListed(List<String> structureIds) {
        int refreshed = 0;
        for (int from = 0; from < structureIds.size(); from += REFRESH_PAGE) {
            List<String> page = structureIds.subList(from, Math.min(structureIds.size(), from + REFRESH_PAGE));
            List<String> listed = mongo.findDistinct(Query.query(Criteria.where("_id").in(page)), "_id", RegistryEntry.class, String.class);
            if (!listed.isEmpty()) {
                refreshed += refreshPage(listed).size();
            }
        }
        return refreshed;
    }

    /**
     * Rebuilds every entry: each structure with a decision and each one already listed. Stores
     * labels whose validity has passed as {@code EXPIRE}. Returns how many entries the registry holds.
     */
    public int refreshAll() {
        Set<String> ids = new TreeSet<>(mongo.findDistinct(new Query(), "structureId", Decision.class, String.class));
        ids.addAll(mongo.findDistinct(new Query(), "_id", RegistryEntry.class, String.class));
        List<String> all = List.copyOf(ids);
        int listed = 0;
        for (int from = 0; from < all.size(); from += REFRESH_PAGE) {
            listed += refreshPage(all.subList(from, Math.min(all.size(), from + REFRESH_PAGE))).size();
        }
        log.info("Registry refreshed: {} structures listed", listed);
        return listed;
    }

    /** Rebuilds the entries of these structures with one query per collection, not one per structure. */
    private List<RegistryEntry> refreshPage(List<String> structureIds) {
        Map<String, MemberStructure> directory = new HashMap<>();
        structures.findAllById(structureIds).forEach(structure -> directory.put(structure.id(), structure));
        Map<String, LabelTimeline> timelines = labelStates.timelinesOn(structureIds, today());
        Map<String, RegistryEntry> stored = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(structureIds)), RegistryEntry.class).forEach(e -> stored.put(e.structureId(), e));
        Map<String, LabelTimeline> listed = new LinkedHashMap<>();
        List<String> unlisted = new ArrayList<>();
        for (String id : structureIds) {
            MemberStructure structure = directory.get(id);
            LabelTimeline timeline = timelines.get(id);
            if (structure != null && structure.membership() != Membership.RESOURCE_PARTNER && timeline.everLabelled()) {
                listed.put(id, timeline);
            } else if (stored.containsKey(id)) {
                unlisted.add(id);
            }
        }
        Map<String, String> versions = ruleSetVersions(listed);
        List<RegistryEntry> entries = new ArrayList<>();
        List<RegistryEntry> changed = new ArrayList<>();
        listed.forEach((id, timeline) -> {
            RegistryEntry entry = entry(directory.get(id), timeline, versions);
            RegistryEntry before = stored.get(id);
            // Unchanged entries are not rewritten: every instance refreshes the whole registry when it starts.
            if (entry.showsTheSameAs(before)) {
                entries.add(before);
            } else {
                entries.add(entry);
                changed.add(entry);
            }
        });
        store(changed, unlisted);
        return entries;
    }

    /** Writes what changed, then tells every instance's searches; nothing when nothing changed. */
    private void store(List<RegistryEntry> changed, List<String> unlisted) {
        if (changed.isEmpty() && unlisted.isEmpty()) {
            return;
        }
        try {
            if (!unlisted.isEmpty()) {
                mongo.remove(Query.query(Criteria.where("_id").in(unlisted)), RegistryEntry.class);
            }
            changed.forEach(mongo::save);
        } finally {
            snapshot.changed(); // even after a failed write: some entries may have changed
        }
    }

    /** The rule-set version of the evaluation behind each structure's last decision that matters. */
    private Map<String, String> ruleSetVersions(Map<String, LabelTimeline> timelines) {
        List<String> evaluationIds = timelines.entrySet().stream()
                .map(e -> Evaluation.idOf(e.getKey(), e.getValue().lastDecisionThatMatters().orElseThrow().campaign())).toList();
        Map<String, String> versions = new HashMap<>();
        evaluations.findAllById(evaluationIds).forEach(e -> {
            if (e.ruleSetVersion() != null) {
                versions.put(Evaluation.idOf(e.structureId(), e.campaign()), e.ruleSetVersion());
            }
        });
        return versions;
    }

    private RegistryEntry entry(MemberStructure structure, LabelTimeline timeline, Map<String, String> versions) {
        Decision last = timeline.lastDecisionThatMatters().orElseThrow();
        return new RegistryEntry(structure.id(), structure.name(), structure.network(), structure.territory(),
                structure.address(), structure.postalCode(), structure.city(), timeline.status().orElseThrow(),
                last.decidedOn(), timeline.validUntil(), last.campaign(), versions.get(Evaluation.idOf(structure.id(), last.campaign())),
                SearchText.of(structure.name(), structure.city(), structure.postalCode(), structure.id()),
                SearchText.normalise(structure.name()), SearchText.normalise(structure.city()),
                timeline.history(), Instant.now(clock));
    }

    /** The structure's entry as the public sees it today. */
    public Optional<RegistryEntry> find(String structureId) {
        LocalDate today = today();
        return Optional.ofNullable(mongo.findById(structureId, RegistryEntry.class)).map(e -> e.asOf(today));
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
