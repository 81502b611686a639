package fr.spro.label.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import fr.spro.label.store.WriteRun;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The directory's import keeps what a file does not give and says what it wrote; its lookup of
 * known ids answers the same whether it looks ids up in batches or reads the directory's ids once.
 */
@IntegrationTest
@RecordApplicationEvents
class DirectoryImportTests {

    @Autowired DirectoryImport directoryImport;
    @Autowired Directory directory;
    @Autowired Structures structures;
    @Autowired ApplicationEvents events;

    private final List<String> saved = new ArrayList<>();

    @AfterEach
    void removeWhatWasSaved() {
        structures.deleteAllById(saved);
    }

    @Test
    void everyImportableFieldIsAPropertyOfTheStructureWithItsType() {
        Map<String, Class<?>> properties = new HashMap<>();
        Arrays.stream(MemberStructure.class.getRecordComponents()).forEach(c -> properties.put(c.getName(), c.getType()));

        for (StructureField field : StructureField.values()) {
            assertThat(properties).as(field.name()).containsEntry(field.property(), field.type());
        }
    }

    @Test
    void aGivenFieldIsSetAGivenEmptyOneClearedAndOneNotGivenKept() {
        save(new MemberStructure("IMP-KEEP", "Ancien nom", Network.CIO, Membership.MEMBER, Territory.JURA, null, null, null, "Dole",
                List.of(Public.PUPILS), LocalDate.of(2023, 1, 2), "https://www.cio-dole.fr", "contact@cio-dole.fr", "03 84 00 00 00"));
        Map<StructureField, Object> given = new HashMap<>();
        given.put(StructureField.NAME, "Nouveau nom");
        given.put(StructureField.WEBSITE, null);
        given.put(StructureField.PUBLICS, null);

        int written = directoryImport.importStructures(List.of(new ImportedStructure("IMP-KEEP", given)), new WriteRun());

        MemberStructure stored = structures.findById("IMP-KEEP").orElseThrow();
        assertThat(written).isEqualTo(1);
        assertThat(stored.name()).isEqualTo("Nouveau nom");
        assertThat(stored.website()).isNull();
        assertThat(stored.publics()).isEmpty();
        assertThat(stored.email()).isEqualTo("contact@cio-dole.fr");
        assertThat(stored.city()).isEqualTo("Dole");
        assertThat(stored.charterSignedOn()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(events.stream(DirectoryChanged.class)).extracting(DirectoryChanged::structureIds).containsExactly(List.of("IMP-KEEP"));
    }

    @Test
    void importingTheSameFieldsAgainWritesNothing() {
        saved.add("IMP-SAME");
        ImportedStructure structure = new ImportedStructure("IMP-SAME", Map.of(StructureField.NAME, "CIO de Dole",
                StructureField.NETWORK, Network.CIO, StructureField.CHARTER_SIGNED_ON, LocalDate.of(2024, 5, 6)));

        int first = directoryImport.importStructures(List.of(structure), new WriteRun());
        int again = directoryImport.importStructures(List.of(structure), new WriteRun());

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(structures.findById("IMP-SAME").orElseThrow().network()).isEqualTo(Network.CIO);
    }

    @Test
    void aValueOfAnotherTypeThanItsFieldIsRefused() {
        assertThatThrownBy(() -> new ImportedStructure("IMP-TYPE", Map.of(StructureField.NETWORK, "CIO")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NETWORK");
    }

    @Test
    void knownIdsAreTheSameLookedUpInBatchesOrReadInOnePass() {
        List<String> ids = IntStream.rangeClosed(1, 450).mapToObj(i -> "IMP-K" + i).toList();
        structures.saveAll(ids.stream().map(id -> new MemberStructure(id, id, Network.CIO, Membership.MEMBER, Territory.JURA,
                null, null, null, null, List.of(), null, null, null, null)).toList());
        saved.addAll(ids);
        List<String> fewer = new ArrayList<>(ids.subList(0, 110));
        fewer.add("IMP-UNKNOWN");
        // As many ids asked as the directory holds: the one-pass read.
        List<String> asMany = new ArrayList<>(List.of("IMP-K7", "IMP-UNKNOWN"));
        asMany.addAll(IntStream.range(0, (int) structures.count()).mapToObj(i -> "IMP-ABSENT" + i).toList());

        assertThat(directory.knownAmong(fewer)).as("by batches of ids").containsExactlyInAnyOrderElementsOf(ids.subList(0, 110));
        assertThat(directory.knownAmong(asMany)).as("in one pass").containsExactly("IMP-K7");
    }

    private void save(MemberStructure structure) {
        structures.save(structure);
        saved.add(structure.id());
    }
}
