package fr.spro.label.store;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's H2 backend, written to disk only between whole write commands.
 *
 * <p>Left to itself, H2 writes its file from a background thread at any moment, map by map, while
 * a command is half done: a process killed with {@code kill -9} could reopen with a document stored
 * but missing from its collection's {@code _id} index (found by a scan, never by its id), or with a
 * job's saved position ahead of the evaluations it had written. Here a commit takes the store while
 * no write command runs, so the file always holds the effect of a prefix of the commands, each whole.
 * Reads never wait for it: they change nothing.
 */
final class CrashConsistentBackend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(CrashConsistentBackend.class);

    /** How often the writes of the last moments reach the file: what a crash may lose at most. */
    static final long COMMIT_EVERY_MILLIS = 200;

    /** Commands that change nothing (an aggregation only when it writes no collection). */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "killcursors", "endsessions",
            "getlasterror", "serverstatus", "dbstats", "collstats", "getparameter", "getcmdlineopts", "hostinfo",
            "connectionstatus", "getfreemonitoringstatus", "whatsmyuri", "getlog", "currentop");

    private final MVStore mvStore;
    /** Shared by write commands, taken alone by a commit; fair, so a stream of writes cannot hold a commit off. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-store-commit");
        thread.setDaemon(true);
        return thread;
    });

    private CrashConsistentBackend(MVStore mvStore) {
        super(mvStore, Clock.systemDefaultZone());
        this.mvStore = mvStore;
        committer.scheduleWithFixedDelay(this::commitWholeCommands, COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the store file, with H2's own background writes turned off. */
    static CrashConsistentBackend open(String file) {
        return new CrashConsistentBackend(new MVStore.Builder().fileName(file).autoCommitDisabled().open());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return asCommand(commandName(message.getDocument()), message.getDocument(), () -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return asCommand(commandName(query.getQuery()), query.getQuery(), () -> super.handleQuery(query));
    }

    @Override
    public void close() {
        committer.shutdown();
        lock.writeLock().lock();
        try {
            super.close(); // commits what is left and releases the file
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Writes what the finished commands changed, while none is running. A failure (a full disk) is
     * logged and the next round tries again: a scheduled task that throws is never run again.
     */
    void commitWholeCommands() {
        lock.writeLock().lock();
        try {
            if (!mvStore.isClosed() && mvStore.hasUnsavedChanges()) {
                mvStore.commit();
            }
        } catch (RuntimeException failed) {
            log.error("Embedded store: writing the file failed, retried in {} ms", COMMIT_EVERY_MILLIS, failed);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T asCommand(String name, Document body, Supplier<T> command) {
        if (isRead(name, body)) {
            return command.get();
        }
        lock.readLock().lock();
        try {
            return command.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    static boolean isRead(String name, Document body) {
        String command = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (command.equals("aggregate")) {
            return !String.valueOf(body.get("pipeline")).matches("(?s).*\\$(out|merge)\\b.*");
        }
        return READS.contains(command);
    }

    private static String commandName(Document body) {
        return body == null || body.isEmpty() ? null : body.keySet().iterator().next();
    }
}
