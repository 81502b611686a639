package fr.spro.label.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The campaigns. One exists only once it was opened by an explicit act ({@link CampaignWorkflow}):
 * whatever names a campaign (an import row, a job launch) asks whether it exists, never creates it.
 */
@Service
public class Campaigns {

    private final MongoTemplate mongo;
    private final Clock clock;

    public Campaigns(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Campaign.class));
    }

    /** Those of {@code ids} that name a campaign that was opened. */
    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query named = Query.query(Criteria.where("_id").in(new HashSet<>(ids)));
        named.fields().include("_id");
        Set<String> found = new HashSet<>();
        mongo.find(named, Document.class, mongo.getCollectionName(Campaign.class))
                .forEach(campaign -> found.add(campaign.getString("_id")));
        return found;
    }

    /**
     * The campaign of that year, opened with its defaults when it does not exist yet, journaling
     * nothing: for set-ups that open campaigns by themselves (tests). Whatever merely names a
     * campaign must not call this; the explicit acts go through {@link CampaignWorkflow}. An upsert
     * with {@code $setOnInsert}, so two callers at once open it once.
     */
    public Campaign ensure(int year) {
        Campaign defaults = Campaign.withDefaults(year, Instant.now(clock));
        Update update = new Update()
                .setOnInsert("year", defaults.year())
                .setOnInsert("referenceDate", defaults.referenceDate())
                .setOnInsert("deadline", defaults.deadline())
                .setOnInsert("status", defaults.status())
                .setOnInsert("createdAt", defaults.createdAt());
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(defaults.id())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Campaign.class);
    }

    /**
     * The current campaign, the one structures fill in now: the latest of the campaigns opened and
     * still open. Campaigns exist only once opened on purpose, so this is never a year an import named.
     */
    public Optional<Campaign> latestOpen() {
        Query open = Query.query(Criteria.where("status").is(CampaignStatus.OPEN))
                .with(Sort.by(Sort.Direction.DESC, "year")).limit(1);
        return Optional.ofNullable(mongo.findOne(open, Campaign.class));
    }

    public List<Campaign> all() {
        return mongo.find(new Query().with(Sort.by("year")), Campaign.class);
    }

    /** The ids of every opened campaign, oldest first. */
    public List<String> ids() {
        return all().stream().map(Campaign::id).sorted().toList();
    }

    /** The ids of the campaigns opened up to {@code campaign} included, oldest first (4-digit years compare as the years do). */
    public List<String> idsUpTo(String campaign) {
        return ids().stream().filter(id -> id.compareTo(campaign) <= 0).toList();
    }

    public Campaign save(Campaign campaign) {
        return mongo.save(campaign);
    }
}
