package fr.spro.label.rulesets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.evaluation.ActivatedRuleSets;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Drafts and activations in MongoDB. The latest activation is the rule set in force: the rule
 * engine asks for it at start-up ({@link ActivatedRuleSets}), so every instance uses it.
 * Lists leave the files out; they are read one rule set at a time.
 */
@Component
class RuleSetStore implements ActivatedRuleSets {

    private static final String FILES = "files";

    private final MongoTemplate mongo;

    RuleSetStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Map<String, String>> lastActivated() {
        return lastActivation().map(RuleSetActivation::filesByName);
    }

    @Override
    public Optional<String> lastFingerprint() {
        return activations(1).stream().findFirst().map(RuleSetActivation::fingerprint);
    }

    Optional<RuleSetActivation> lastActivation() {
        return Optional.ofNullable(mongo.findOne(new Query().with(latestFirst()).limit(1), RuleSetActivation.class));
    }

    /** The latest activations first, without their files. */
    List<RuleSetActivation> activations(int limit) {
        Query query = new Query().with(latestFirst()).limit(limit);
        query.fields().exclude(FILES);
        return mongo.find(query, RuleSetActivation.class);
    }

    RuleSetActivation save(RuleSetActivation activation) {
        return mongo.insert(activation);
    }

    RuleSetDraft save(RuleSetDraft draft) {
        return mongo.insert(draft);
    }

    Optional<RuleSetDraft> draft(String id) {
        return Optional.ofNullable(mongo.findById(id, RuleSetDraft.class));
    }

    /** The drafts waiting, the latest first, without their files. */
    List<RuleSetDraft> drafts() {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "uploadedAt"));
        query.fields().exclude(FILES);
        return mongo.find(query, RuleSetDraft.class);
    }

    /** True when the draft was there to delete (another officer may have just activated or discarded it). */
    boolean delete(String draftId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(draftId)), RuleSetDraft.class).getDeletedCount() > 0;
    }

    private static Sort latestFirst() {
        return Sort.by(Sort.Direction.DESC, "activatedAt").and(Sort.by(Sort.Direction.DESC, "_id"));
    }
}
