package fr.spro.label.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default: started without a MongoDB URI, persisted under --data-dir. */
class EmbeddedStoreTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsInTheDataDirectory() {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBeansOfType(EmbeddedStore.class)).hasSize(1);
            first.getBean(Structures.class).save(structure("ML-TEST"));
        }
        assertThat(dataDir.resolve(EmbeddedStore.FILE_NAME)).exists();
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(Structures.class).findById("ML-TEST"))
                    .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Mission locale d'essai à Dole"));
        }
    }

    @Test
    void refusesASecondStructureWithTheSameNaturalKeyThroughTheUniqueIndex() {
        try (ConfigurableApplicationContext context = start()) {
            var mongo = context.getBean(org.springframework.data.mongodb.core.MongoTemplate.class);
            var indexes = mongo.indexOps("self_assessments").getIndexInfo();
            assertThat(indexes).anySatisfy(index -> {
                assertThat(index.getName()).isEqualTo("structure_campaign");
                assertThat(index.isUnique()).isTrue();
            });
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TerritoireOrientationApplication.class)
                .web(WebApplicationType.NONE)
                .run("--data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }

    static MemberStructure structure(String id) {
        return new MemberStructure(id, "Mission locale d'essai à Dole", Network.MISSION_LOCALE, Membership.MEMBER,
                Territory.JURA, null, "1 rue de la Gare", "39100", "Dole", List.of(), null, null, null, null);
    }
}
