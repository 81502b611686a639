package fr.spro.label.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The collection {@code explanation_requests}, and nothing else: how a request is kept, found,
 * marked sent and listed. Each write is one document and guarded, as the embedded store has no
 * transactions: a request is inserted once per id, and marked sent only while still pending.
 */
@Component
class ExplanationStore {

    private final ExplanationRequests requests;
    private final MongoTemplate mongo;

    ExplanationStore(ExplanationRequests requests, MongoTemplate mongo) {
        this.requests = requests;
        this.mongo = mongo;
    }

    Optional<ExplanationRequest> find(String id) {
        return requests.findById(id);
    }

    /** Keeps a new request; false when one with its id was kept meanwhile (nothing written). */
    boolean insert(ExplanationRequest request) {
        try {
            requests.insert(request);
            return true;
        } catch (DuplicateKeyException keptMeanwhile) {
            return false;
        }
    }

    /** Marks the request sent, if it is still pending; false when it was not (nothing written). */
    boolean markSent(String id, String sentBy, LocalDate sentOn, Instant sentAt, String note) {
        Query stillPending = Query.query(Criteria.where("_id").is(id).and("status").is(ExplanationRequest.Status.PENDING));
        Update sent = new Update().set("status", ExplanationRequest.Status.SENT).set("sentBy", sentBy).set("sentOn", sentOn)
                .set("sentAt", sentAt).set("note", note);
        return mongo.updateFirst(stillPending, sent, ExplanationRequest.class).getMatchedCount() > 0;
    }

    /**
     * One page of the pending requests, soonest due first (then the earliest asked), their summary
     * fields only: the frozen explanation is left unread.
     *
     * @param page 0-based
     */
    List<PendingExplanation> pending(int page, int size) {
        Query query = Query.query(Criteria.where("status").is(ExplanationRequest.Status.PENDING))
                .with(Sort.by("dueOn", "requestedAt", "_id")).skip((long) page * size).limit(size);
        query.fields().include("structureId", "structureName", "campaign", "requestedOn", "dueOn");
        return mongo.find(query, ExplanationRequest.class).stream()
                .map(r -> new PendingExplanation(r.structureId(), r.structureName(), r.campaign(), r.requestedOn(), r.dueOn()))
                .toList();
    }

    long countPending() {
        return mongo.count(Query.query(Criteria.where("status").is(ExplanationRequest.Status.PENDING)), ExplanationRequest.class);
    }
}
