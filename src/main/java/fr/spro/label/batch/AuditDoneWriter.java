package fr.spro.label.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Clears the "audit pending" mark of the evaluations whose audit file is now stored. */
class AuditDoneWriter implements ItemWriter<PendingAudit> {

    private final MongoTemplate mongo;

    AuditDoneWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void write(Chunk<? extends PendingAudit> chunk) {
        var ids = chunk.getItems().stream().map(PendingAudit::evaluationId).toList();
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
                new Update().unset(EvaluationWriter.AUDIT_PENDING), "evaluations");
    }
}
