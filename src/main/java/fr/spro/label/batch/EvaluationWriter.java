package fr.spro.label.batch;

import org.bson.Document;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import fr.spro.label.evaluation.Evaluation;

/**
 * Writes a chunk of evaluations in one bulk request, each replacing the stored evaluation of its
 * (structure, campaign) — so a replayed chunk changes nothing — and marks them for a new audit
 * file. Inside a transaction on a replica set, with the job metadata of the same chunk.
 */
class EvaluationWriter implements ItemWriter<Evaluation> {

    static final String AUDIT_PENDING = "auditPending";

    private final MongoTemplate mongo;

    EvaluationWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void write(Chunk<? extends Evaluation> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Evaluation.class);
        for (Evaluation evaluation : chunk) {
            Document document = new Document();
            mongo.getConverter().write(evaluation, document);
            document.put(AUDIT_PENDING, true);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(evaluation.id())), document,
                    org.springframework.data.mongodb.core.FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
