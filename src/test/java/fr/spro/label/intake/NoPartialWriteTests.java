package fr.spro.label.intake;

import static fr.spro.label.support.IntakeFixtures.STRUCTURES_HEADER;
import static fr.spro.label.support.IntakeFixtures.csv;
import static fr.spro.label.support.IntakeFixtures.structureRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.journal.Journal;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A store failure in the middle of a file: what was written stays, no rejected row is written,
 * every line of the file is either accepted or in the report, and importing again completes it.
 */
@IntegrationTest
class NoPartialWriteTests {

    static final int ROWS = 30;
    static final int CHUNK = 5;
    /** Lines (header = 1) whose rows break a rule: before and after the failure. */
    static final Set<Integer> INVALID_LINES = Set.of(5, 17, 25);

    @Autowired StructureImporter structureImporter;
    @Autowired Campaigns campaigns;
    @Autowired Journal journal;
    @Autowired Clock clock;
    @Autowired MongoTemplate mongo;
    @Autowired Structures structures;
    @Autowired Decisions decisions;
    @Autowired IntakeService intake;

    @BeforeEach
    void baseline() {
        new StoredData(mongo).resetToBaseline(campaigns, structures, decisions);
    }

    @Test
    void aFailureOnTheThirdChunkKeepsTheRowsBeforeItAndReportsEveryOtherLine() {
        IntakeService failing = serviceFailingAt(3, 0);

        ImportReport report = failing.importFile(ImportKind.STRUCTURES, "structures.csv", file(), EvidenceSource.none());

        assertThat(report.accepted()).isEqualTo(2 * CHUNK);
        assertThat(report.interrupted()).isTrue();
        assertThat(report.accepted() + report.rejected()).as("every row accounted for").isEqualTo(ROWS);
        assertThat(report.rejections()).filteredOn(r -> r.code().equals("POSTAL_CODE_FORMAT"))
                .extracting(Rejection::line).containsExactlyElementsOf(INVALID_LINES.stream().sorted().toList());
        List<String> written = validIds().subList(0, 2 * CHUNK);
        assertThat(storedTestIds()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(report.rejections()).filteredOn(r -> r.code().equals("WRITE_FAILED")).extracting(Rejection::line)
                .doesNotContainAnyElementsOf(INVALID_LINES).hasSize(ROWS - INVALID_LINES.size() - 2 * CHUNK);
    }

    @Test
    void aFailureHalfwayThroughAChunkIsCompletedByImportingAgain() {
        IntakeService failing = serviceFailingAt(2, 2);

        ImportReport interrupted = failing.importFile(ImportKind.STRUCTURES, "structures.csv", file(), EvidenceSource.none());
        ImportReport again = intake.importFile(ImportKind.STRUCTURES, "structures.csv", file(), EvidenceSource.none());

        assertThat(interrupted.accepted()).isEqualTo(CHUNK);
        assertThat(storedTestIds()).containsAll(validIds().subList(0, CHUNK + 2)).doesNotContainAnyElementsOf(invalidIds());
        assertThat(again.rejections()).extracting(Rejection::code).containsOnly("POSTAL_CODE_FORMAT");
        assertThat(again.accepted()).isEqualTo(ROWS - INVALID_LINES.size());
        assertThat(storedTestIds()).containsExactlyInAnyOrderElementsOf(validIds());
    }

    /** A service whose structure writes fail on chunk {@code failingChunk} (1-based) after writing {@code writtenFirst} of its rows. */
    private IntakeService serviceFailingAt(int failingChunk, int writtenFirst) {
        KindImporter<StructureImporter.Upsert> failing = new KindImporter<>() {
            private int chunks;

            @Override
            public ImportKind kind() {
                return structureImporter.kind();
            }

            @Override
            public Schema schema() {
                return structureImporter.schema();
            }

            @Override
            public Resolution<StructureImporter.Upsert> resolve(List<Row> rows, EvidenceSource evidence) {
                return structureImporter.resolve(rows, evidence);
            }

            @Override
            public void write(List<Accepted<StructureImporter.Upsert>> chunk, WriteContext context) {
                if (++chunks == failingChunk) {
                    structureImporter.write(chunk.subList(0, writtenFirst), context);
                    throw new IllegalStateException("simulated store failure");
                }
                structureImporter.write(chunk, context);
            }
        };
        return new IntakeService(List.of(failing), journal, clock, CHUNK);
    }

    private static byte[] file() {
        List<String> rows = new ArrayList<>();
        for (int line = 2; line <= ROWS + 1; line++) {
            String row = structureRow(id(line));
            rows.add(INVALID_LINES.contains(line) ? row.replace(";39000;", ";3900;") : row);
        }
        return csv(STRUCTURES_HEADER, rows.toArray(String[]::new));
    }

    private static String id(int line) {
        return "TEST-" + line;
    }

    private static List<String> validIds() {
        return IntStream.rangeClosed(2, ROWS + 1).filter(line -> !INVALID_LINES.contains(line)).mapToObj(NoPartialWriteTests::id).toList();
    }

    private static List<String> invalidIds() {
        return INVALID_LINES.stream().map(NoPartialWriteTests::id).toList();
    }

    private List<String> storedTestIds() {
        return mongo.findAll(MemberStructure.class).stream().map(MemberStructure::id).filter(id -> id.startsWith("TEST-"))
                .collect(Collectors.toList());
    }
}
