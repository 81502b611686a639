package fr.spro.label.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The campaigns, created on first use with their defaults. */
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

    /**
     * The campaign of that year, created with its default reference date when it does not exist
     * yet. An upsert with {@code $setOnInsert}, so two callers at once create it once.
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

    /** The most recent campaign still open: the one structures fill in now. */
    public Optional<Campaign> latestOpen() {
        Query open = Query.query(Criteria.where("status").is(CampaignStatus.OPEN))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "year")).limit(1);
        return Optional.ofNullable(mongo.findOne(open, Campaign.class));
    }

    public java.util.List<Campaign> all() {
        return mongo.find(new Query().with(org.springframework.data.domain.Sort.by("year")), Campaign.class);
    }

    public Campaign save(Campaign campaign) {
        return mongo.save(campaign);
    }
}
