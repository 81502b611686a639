package fr.spro.label.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Writes and reads the audit trail. Entries are only ever appended. */
@Service
public class Journal {

    private final MongoTemplate mongo;
    private final Clock clock;

    public Journal(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Appends one entry: who and from where, the action (stored as its {@link JournalAction#code() code}), on what, before and after. */
    public JournalEntry record(Actor actor, JournalAction action, String subject, String before, String after) {
        return mongo.insert(new JournalEntry(null, Instant.now(clock), actor.name(), action.code(), subject, before, after,
                actor.origin()));
    }

    /**
     * One page of the trail, the latest entries first, optionally of one action only.
     *
     * @param page 0-based
     */
    public List<JournalEntry> page(String action, int page, int size) {
        return mongo.find(ofAction(action).with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "_id")))
                .skip((long) page * size).limit(size), JournalEntry.class);
    }

    /** How many entries the trail holds, optionally of one action only. */
    public long count(String action) {
        return mongo.count(ofAction(action), JournalEntry.class);
    }

    /** How many entries of that action the trail holds. */
    public long count(JournalAction action) {
        return count(action.code());
    }

    /**
     * The codes of the actions recorded so far, in alphabetical order: those of {@link JournalAction},
     * and any other an older version stored.
     */
    public List<String> actions() {
        return mongo.findDistinct(new Query(), "action", JournalEntry.class, String.class).stream()
                .filter(java.util.Objects::nonNull).sorted().toList();
    }

    private static Query ofAction(String action) {
        return action == null ? new Query() : Query.query(Criteria.where("action").is(action));
    }

    /** The latest entries first, optionally of one action only. */
    public List<JournalEntry> latest(String action, int limit) {
        Query query = action == null ? new Query() : Query.query(Criteria.where("action").is(action));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), JournalEntry.class);
    }

    /** The latest entries of that action first. */
    public List<JournalEntry> latest(JournalAction action, int limit) {
        return latest(action.code(), limit);
    }
}
