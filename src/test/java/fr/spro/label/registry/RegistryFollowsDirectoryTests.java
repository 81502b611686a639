package fr.spro.label.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.spro.label.intake.EvidenceSource;
import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** What the registry shows of a structure follows an import of the directory, not only its next decision. */
@IntegrationTest
@ActiveProfiles("demo")
// A context (and database) of its own: this test renames a structure other classes rely on.
@TestPropertySource(properties = "test.own-context=registry-follows-directory")
class RegistryFollowsDirectoryTests {

    @Autowired Registry registry;
    @Autowired IntakeService intake;

    @Test
    void aLabelledStructureRenamedByAnImportShowsItsNewNameAtOnce() throws IOException {
        RegistryEntry listed = registry.all().get(0);
        String demo = new ClassPathResource("demo/structures.csv").getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = demo.lines().toList();
        String row = lines.stream().filter(l -> l.startsWith(listed.structureId() + ";")).findFirst().orElseThrow();
        String renamed = row.replace(";" + listed.name() + ";", ";" + listed.name() + " (nouveau nom);");

        ImportReport report = intake.importFile(ImportKind.STRUCTURES, "structures.csv",
                (lines.get(0) + "\n" + renamed + "\n").getBytes(StandardCharsets.UTF_8), EvidenceSource.none());

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(registry.find(listed.structureId())).hasValueSatisfying(entry ->
                assertThat(entry.name()).isEqualTo(listed.name() + " (nouveau nom)"));
        assertThat(registry.search(RegistryQuery.parse("nouveau nom", null, null, null, null, null, null)).entries())
                .extracting(RegistryEntry::structureId).contains(listed.structureId());
    }
}
