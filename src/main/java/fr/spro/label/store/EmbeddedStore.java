package fr.spro.label.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-wire-compatible server run in-process when no real MongoDB is configured.
 * The application talks to it through the ordinary MongoDB driver, so the same code runs on
 * both; only the server differs. Data is kept in one H2 file under the data directory, written
 * between whole write commands ({@link CrashConsistentBackend}).
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    static final String FILE_NAME = "territoire.mv";

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedStore(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the store under {@code dataDir} and listens on loopback. */
    public static EmbeddedStore open(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de créer le dossier de données " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        MongoServer server = new MongoServer(CrashConsistentBackend.open(file.toString()));
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded store {} listening on {}", file, connectionString(address));
        return new EmbeddedStore(server, address);
    }

    public String connectionString() {
        return connectionString(address);
    }

    private static String connectionString(InetSocketAddress address) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        // shutdown() closes the H2 backend, which commits and releases the file lock.
        server.shutdown();
    }
}
