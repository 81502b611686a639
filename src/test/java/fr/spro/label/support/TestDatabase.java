package fr.spro.label.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one way tests get a database: a real MongoDB 7 (single-node replica set, so transactions
 * work) in a container when Docker is available, the embedded MongoDB-compatible server
 * otherwise. Started once per test JVM; every Spring context gets its own database in it.
 */
public final class TestDatabase {

    private static String connectionString;
    private static boolean realMongo;

    private TestDatabase() {
    }

    /** Connection string of the shared server, without database name. */
    public static synchronized String connectionString() {
        if (connectionString == null) {
            start();
        }
        return connectionString;
    }

    /** True when the tests run against a real MongoDB (replica set) rather than the embedded server. */
    public static synchronized boolean isRealMongo() {
        connectionString();
        return realMongo;
    }

    private static void start() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            MongoDBContainer mongo = new MongoDBContainer("mongo:7");
            mongo.start();
            // The replica-set URL carries a database name; the contexts choose their own.
            connectionString = mongo.getReplicaSetUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/$1");
            realMongo = true;
        } else {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
    }
}
