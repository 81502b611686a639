package fr.spro.label.store;

import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterType;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chooses the store. With {@code spring.mongodb.uri} the configured MongoDB is used as Spring
 * Boot would; without it the embedded store is started under {@code --data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);
    private static final String NO_URI_GIVEN = "'${spring.mongodb.uri:}'.isBlank()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(NO_URI_GIVEN)
    EmbeddedStore embeddedStore(@Value("${data-dir:./data}") Path dataDir,
                                @Value("${store.embedded.port:0}") int port) {
        return EmbeddedStore.open(dataDir, port);
    }

    @Bean
    @ConditionalOnExpression(NO_URI_GIVEN)
    MongoConnectionDetails embeddedStoreConnection(EmbeddedStore store) {
        ConnectionString connectionString = new ConnectionString(store.connectionString());
        return () -> connectionString;
    }

    /**
     * Transactions when the server can run them (a replica set), none otherwise. The embedded
     * store has no sessions, so there every writer is idempotent instead.
     */
    @Bean
    @ConditionalOnMissingBean(PlatformTransactionManager.class)
    PlatformTransactionManager transactionManager(MongoClient client, MongoDatabaseFactory factory) {
        if (supportsTransactions(client)) {
            log.info("MongoDB replica set detected: chunk writes run in transactions");
            return new MongoTransactionManager(factory);
        }
        log.info("MongoDB without transactions (standalone or embedded): idempotent writes only");
        return new NoTransactionManager();
    }

    static boolean supportsTransactions(MongoClient client) {
        // A ping connects the driver, so the cluster type below is known rather than UNKNOWN.
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        ClusterType type = client.getClusterDescription().getType();
        return type == ClusterType.REPLICA_SET || type == ClusterType.SHARDED;
    }
}
