package fr.spro.label.label;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import fr.spro.label.audit.Decision;
import fr.spro.label.audit.Decisions;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Structures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
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

    private final MongoTemplate mongo;
    private final Structures structures;
    private final Decisions decisions;
    private final Evaluations evaluations;
    private final LabelValidity validity;
    private final RegistryProperties properties;
    private final Clock clock;

    Registry(MongoTemplate mongo, Structures structures, Decisions decisions, Evaluations evaluations,
             LabelValidity validity, RegistryProperties properties, Clock clock) {
        this.mongo = mongo;
        this.structures = structures;
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.validity = validity;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Rebuilds the entry of one structure from its decisions and directory record. Removes it when
     * the structure was never labelled, no longer exists or is a resource partner (never labelled).
     */
    public Optional<RegistryEntry> refresh(String structureId) {
        LocalDate today = today();
        MemberStructure structure = structures.findById(structureId).orElse(null);
        LabelTimeline timeline = LabelTimeline.of(decisions.findByStructureIdOrderByDecidedOnDesc(structureId), today,
                validity::endOfLabelGrantedOn);
        if (structure == null || structure.membership() == Membership.RESOURCE_PARTNER || !timeline.everLabelled()) {
            mongo.remove(Query.query(Criteria.where("_id").is(structureId)), RegistryEntry.class);
            return Optional.empty();
        }
        Decision last = timeline.lastDecisionThatMatters().orElseThrow();
        String version = evaluations.findByStructureIdAndCampaign(structureId, last.campaign())
                .map(Evaluation::ruleSetVersion).orElse(null);
        RegistryEntry entry = new RegistryEntry(structureId, structure.name(), structure.network(), structure.territory(),
                structure.address(), structure.postalCode(), structure.city(), timeline.status().orElseThrow(),
                last.decidedOn(), timeline.validUntil(), last.campaign(), version,
                SearchText.of(structure.name(), structure.city(), structure.postalCode(), structureId),
                SearchText.normalise(structure.name()), SearchText.normalise(structure.city()),
                timeline.history(), Instant.now(clock));
        return Optional.of(mongo.save(entry));
    }

    /**
     * Rebuilds every entry: each structure with a decision and each one already listed. Stores
     * labels whose validity has passed as {@code EXPIRE}. Returns how many entries the registry holds.
     */
    public int refreshAll() {
        Set<String> ids = new TreeSet<>(mongo.findDistinct(new Query(), "structureId", Decision.class, String.class));
        ids.addAll(mongo.findDistinct(new Query(), "_id", RegistryEntry.class, String.class));
        int listed = 0;
        for (String id : ids) {
            if (refresh(id).isPresent()) {
                listed++;
            }
        }
        log.info("Registry refreshed: {} structures listed", listed);
        return listed;
    }

    /** The structure's entry as the public sees it today. */
    public Optional<RegistryEntry> find(String structureId) {
        LocalDate today = today();
        return Optional.ofNullable(mongo.findById(structureId, RegistryEntry.class)).map(e -> e.asOf(today));
    }

    /** One page of the entries matching the search, as of today. */
    public RegistryPage search(RegistryQuery query) {
        LocalDate today = today();
        Query criteria = new Query(matching(query, today));
        long total = mongo.count(criteria, RegistryEntry.class);
        List<RegistryEntry> entries = mongo.find(Query.of(criteria).with(query.sort().sort())
                        .skip(query.offset()).limit(query.size()), RegistryEntry.class)
                .stream().map(e -> e.asOf(today)).toList();
        return new RegistryPage(entries, query, total);
    }

    /** The whole registry as of today, by structure id: the open data. */
    public List<RegistryEntry> all() {
        LocalDate today = today();
        return mongo.find(new Query().with(Sort.by("_id")), RegistryEntry.class).stream().map(e -> e.asOf(today)).toList();
    }

    /** The permanent verification URL of a structure's label, printed on its certificate. */
    public String verificationUrl(String structureId) {
        return properties.publicBaseUrl() + "/registre/" + structureId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Criteria matching(RegistryQuery query, LocalDate today) {
        List<Criteria> conditions = new ArrayList<>();
        if (query.q() != null) {
            // Words are [a-z0-9]+ after normalisation, so they are safe inside a regular expression.
            SearchText.words(query.q()).forEach(word -> conditions.add(Criteria.where("searchText").regex("(^| )" + word)));
        }
        if (query.territory() != null) {
            conditions.add(Criteria.where("territory").is(query.territory()));
        }
        if (query.network() != null) {
            conditions.add(Criteria.where("network").is(query.network()));
        }
        if (query.status() != null) {
            conditions.add(withStatusOn(query.status(), today));
        }
        return conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions);
    }

    /** The stored status is corrected by the validity date, as {@link RegistryEntry#asOf} does. */
    private static Criteria withStatusOn(LabelStatus status, LocalDate today) {
        if (status == LabelStatus.EXPIRE) {
            return new Criteria().orOperator(Criteria.where("status").is(LabelStatus.EXPIRE),
                    Criteria.where("validUntil").lt(today));
        }
        return new Criteria().andOperator(Criteria.where("status").is(status),
                new Criteria().orOperator(Criteria.where("validUntil").gte(today), Criteria.where("validUntil").is(null)));
    }
}
