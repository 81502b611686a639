package fr.spro.label.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One campaign job at a time, across every instance of the application: a lease in MongoDB,
 * renewed while the job runs. A process that dies ({@code kill -9}) stops renewing, and its lease
 * lapses after the time-to-live, so the next launch may restart the job.
 */
@Component
class CampaignLocks {

    private static final String COLLECTION = "job_locks";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration timeToLive;
    private final String instanceId = UUID.randomUUID().toString();
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "campaign-lease-renewal");
        thread.setDaemon(true);
        return thread;
    });

    CampaignLocks(MongoTemplate mongo, Clock clock, @Value("${campaign-job.lease-seconds:30}") long leaseSeconds) {
        this.mongo = mongo;
        this.clock = clock;
        this.timeToLive = Duration.ofSeconds(leaseSeconds);
    }

    /** The lease of that campaign, or empty when a live process holds it. */
    Optional<Lease> tryAcquire(String campaign) {
        Instant now = Instant.now(clock);
        // Only a lapsed lease can be taken over, even by this instance: a second launch of a
        // running campaign from the same instance is refused too.
        Query freeOrLapsed = Query.query(Criteria.where("_id").is(campaign).and("heartbeatAt").lt(now.minus(timeToLive)));
        Update take = new Update().set("owner", instanceId).set("heartbeatAt", now).set("acquiredAt", now);
        try {
            Document held = mongo.findAndModify(freeOrLapsed, take,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            if (held == null || !instanceId.equals(held.getString("owner"))) {
                return Optional.empty();
            }
        } catch (DuplicateKeyException heldByAnother) {
            // the upsert found no free lease and collided with the live one
            return Optional.empty();
        }
        Lease lease = new Lease(campaign);
        long period = Math.max(1, timeToLive.toSeconds() / 3);
        lease.renewal = renewals.scheduleAtFixedRate(lease::renew, period, period, TimeUnit.SECONDS);
        held.put(campaign, lease);
        return Optional.of(lease);
    }

    /** Releases the lease this instance holds on the campaign, if any. */
    void release(String campaign) {
        Lease lease = held.remove(campaign);
        if (lease != null) {
            lease.close();
        }
    }

    /** Holding a campaign's lease; close it when the job ends. */
    final class Lease implements AutoCloseable {

        private final String campaign;
        private ScheduledFuture<?> renewal;

        private Lease(String campaign) {
            this.campaign = campaign;
        }

        private void renew() {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(campaign).and("owner").is(instanceId)),
                    Update.update("heartbeatAt", Instant.now(clock)), COLLECTION);
        }

        @Override
        public void close() {
            held.remove(campaign, this);
            renewal.cancel(false);
            mongo.remove(Query.query(Criteria.where("_id").is(campaign).and("owner").is(instanceId)), COLLECTION);
        }
    }
}
