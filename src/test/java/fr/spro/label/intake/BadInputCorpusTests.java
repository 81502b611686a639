package fr.spro.label.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The bad-input corpus of {@code src/test/resources/intake/cases/}: one file per case, and in
 * {@code cases.csv} what importing it must give — rows accepted, every rejection as
 * {@code line:column:CODE} in report order, and the database afterwards (counts, then keys that
 * must or must not be there, optionally with a stored value). Each case starts from the same
 * baseline: campaigns 2024 and 2025 open, structures ML-DIJON and CIO-CHENOVE, and a confirmed
 * decision for ML-DIJON in 2024.
 */
@IntegrationTest
class BadInputCorpusTests {

    /**
     * Codes exercised elsewhere: by an unreadable inbox file, by a simulated store failure, and by
     * a structure's own upload restricted to its rows ({@code ImportScopeTests}).
     */
    static final Set<RejectionCode> TESTED_ELSEWHERE = EnumSet.of(RejectionCode.UNREADABLE_FILE, RejectionCode.WRITE_FAILED,
            RejectionCode.OTHER_STRUCTURE, RejectionCode.OTHER_CAMPAIGN);

    @Autowired IntakeService intake;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;
    @Autowired Structures structures;
    @Autowired Decisions decisions;

    @TempDir static Path folder;
    StoredData stored;

    @BeforeAll
    static void copyCorpusAndWriteTheGeneratedCases() throws IOException {
        for (Case c : cases().toList()) {
            ClassPathResource resource = new ClassPathResource("intake/cases/" + c.file());
            if (resource.exists()) {
                Files.write(folder.resolve(c.file()), resource.getContentAsByteArray());
            }
        }
        for (String evidence : List.of("registre.pdf", "affiche.png", "photo.jpg", "faux.pdf", "vide.pdf")) {
            Files.write(folder.resolve(evidence), new ClassPathResource("intake/cases/" + evidence).getContentAsByteArray());
        }
        Files.writeString(folder.resolve("structures-1mb-field.csv"), CorpusFiles.oneMegabyteCell(), StandardCharsets.UTF_8);
        CorpusFiles.sparsePdf(folder.resolve("enorme.pdf"), 10L * 1024 * 1024 + 1);
    }

    @BeforeEach
    void baseline() {
        stored = new StoredData(mongo);
        stored.resetToBaseline(campaigns, structures, decisions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importGivesExactlyTheExpectedReportAndDatabase(Case c) throws IOException {
        ImportReport report = intake.importFile(c.kind(), c.file(), Files.readAllBytes(folder.resolve(c.file())),
                EvidenceSource.directory(folder));

        assertThat(report.accepted()).as("accepted").isEqualTo(c.accepted());
        assertThat(report.rejections().stream().map(r -> r.line() + ":" + r.column() + ":" + r.code()).toList())
                .as("rejections").containsExactlyElementsOf(c.rejections());
        assertThat(report.rejected()).as("rejected rows")
                .isEqualTo((int) report.rejections().stream().mapToInt(Rejection::line).distinct().count());
        assertThat(report.rejections()).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo(c.file());
            assertThat(r.message()).isNotBlank().doesNotContainPattern("\\{[a-z]+\\}").doesNotContain("Exception");
        });
        assertThat(stored.summary()).as("database counts").isEqualTo(c.state());
        for (String probe : c.present()) {
            int dot = probe.indexOf('.');
            if (dot < 0) {
                assertThat(stored.exists(probe)).as("present " + probe).isTrue();
            } else {
                String field = probe.substring(dot + 1, probe.indexOf('=', dot));
                String expected = probe.substring(probe.indexOf('=', dot) + 1);
                assertThat(stored.probe(probe.substring(0, dot), field)).as(probe).isEqualTo(expected);
            }
        }
        for (String key : c.absent()) {
            assertThat(stored.exists(key)).as("absent " + key).isFalse();
        }
    }

    @Test
    void theCorpusHasMoreThanFortyCasesAndExercisesEveryRejectionCode() {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        Set<String> exercised = all.stream().flatMap(c -> c.rejections().stream())
                .map(r -> r.substring(r.lastIndexOf(':') + 1)).collect(Collectors.toSet());
        Set<String> expected = Arrays.stream(RejectionCode.values()).filter(code -> !TESTED_ELSEWHERE.contains(code))
                .map(Enum::name).collect(Collectors.toSet());
        assertThat(exercised).containsAll(expected);
    }

    static Stream<Case> cases() {
        try (Reader reader = new StringReader(new ClassPathResource("intake/cases/cases.csv").getContentAsString(StandardCharsets.UTF_8))) {
            return CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords().stream().map(Case::of).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Case(String name, String file, ImportKind kind, int accepted, List<String> rejections, String state,
                List<String> present, List<String> absent) {

        static Case of(CSVRecord row) {
            return new Case(row.get("case"), row.get("file"), ImportKind.ofCode(row.get("kind")).orElseThrow(),
                    Integer.parseInt(row.get("accepted")), tokens(row.get("rejections")), row.get("state"),
                    tokens(row.get("present")), tokens(row.get("absent")));
        }

        private static List<String> tokens(String cell) {
            return cell.isBlank() ? List.of() : List.of(cell.strip().split(" +"));
        }

        @Override
        public String toString() {
            return name + " (" + file + ")";
        }
    }

    /** Files too large to keep in the repository, written for the run. */
    static final class CorpusFiles {

        private CorpusFiles() {
        }

        /** A structures file whose second line has a 1 MB name; the third line is valid. */
        static String oneMegabyteCell() {
            String header = "id;name;network;membership;territory;siret;address;postal_code;city;publics;charter_signed_on;website;email;phone";
            String big = "ML-BIG;" + "M".repeat(1024 * 1024) + ";MISSION_LOCALE;MEMBER;JURA;;;;;;;;;";
            String after = "ML-AFTER-BIG;Mission locale;MISSION_LOCALE;MEMBER;JURA;;;;;;;;;";
            return header + "\n" + big + "\n" + after + "\n";
        }

        /** A file that starts like a PDF and is {@code size} bytes long (sparse, so cheap to write). */
        static void sparsePdf(Path file, long size) throws IOException {
            try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
                out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
                out.setLength(size);
            }
        }
    }
}
