package fr.spro.label.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.structure.Structures;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With --spring.mongodb.uri the given server is used and no embedded store is started. */
class ConfiguredMongoTests {

    @TempDir
    Path dataDir;

    @Test
    void writesToTheServerNamedByTheUriInsteadOfTheEmbeddedStore() {
        MongoServer other = new MongoServer(new MemoryBackend());
        String uri = other.bindAndGetConnectionString();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TerritoireOrientationApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.mongodb.uri=" + uri, "--data-dir=" + dataDir)) {
            assertThat(context.getBeansOfType(EmbeddedStore.class)).isEmpty();
            context.getBean(Structures.class).save(EmbeddedStoreTests.structure("ML-AILLEURS"));

            try (MongoClient client = MongoClients.create(uri)) {
                Document stored = client.getDatabase("territoire").getCollection("structures")
                        .find(new Document("_id", "ML-AILLEURS")).first();
                assertThat(stored).isNotNull();
                assertThat(stored.getString("city")).isEqualTo("Dole");
            }
            assertThat(dataDir.resolve(EmbeddedStore.FILE_NAME)).doesNotExist();
        } finally {
            other.shutdownNow();
        }
    }
}
