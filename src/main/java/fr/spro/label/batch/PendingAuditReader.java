package fr.spro.label.batch;

import java.util.ArrayDeque;
import java.util.Deque;

import org.bson.Document;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads the campaign's evaluations still marked for a new audit file, in id order, a page at a
 * time. It keeps no restart state on purpose: the mark itself is the state, cleared once the file
 * is stored, so a restart simply finds what is still pending.
 */
class PendingAuditReader implements ItemReader<PendingAudit> {

    private final MongoTemplate mongo;
    private final String campaign;
    private final int pageSize;
    private final Deque<PendingAudit> buffer = new ArrayDeque<>();
    private String lastId = "";
    private boolean exhausted;

    PendingAuditReader(MongoTemplate mongo, String campaign, int pageSize) {
        this.mongo = mongo;
        this.campaign = campaign;
        this.pageSize = pageSize;
    }

    @Override
    public PendingAudit read() {
        if (buffer.isEmpty() && !exhausted) {
            Query query = Query.query(Criteria.where("campaign").is(campaign)
                    .and(EvaluationWriter.AUDIT_PENDING).is(true).and("_id").gt(lastId))
                    .with(Sort.by("_id")).limit(pageSize);
            query.fields().include("_id", "structureId", "campaign");
            var page = mongo.find(query, Document.class, "evaluations");
            exhausted = page.size() < pageSize;
            page.forEach(d -> buffer.add(new PendingAudit(d.getString("_id"), d.getString("structureId"), d.getString("campaign"))));
            if (!page.isEmpty()) {
                lastId = page.get(page.size() - 1).getString("_id");
            }
        }
        return buffer.poll();
    }
}
