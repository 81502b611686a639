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

    public JournalEntry record(String actor, String action, String subject, String before, String after, String origin) {
        return mongo.insert(new JournalEntry(null, Instant.now(clock), actor, action, subject, before, after, origin));
    }

    /** The latest entries first, optionally of one action only. */
    public List<JournalEntry> latest(String action, int limit) {
        Query query = action == null ? new Query() : Query.query(Criteria.where("action").is(action));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), JournalEntry.class);
    }
}
