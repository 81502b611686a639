package fr.spro.label.intake;

import static fr.spro.label.support.IntakeFixtures.ACTIVITY_HEADER;
import static fr.spro.label.support.IntakeFixtures.ANSWERS_HEADER;
import static fr.spro.label.support.IntakeFixtures.STRUCTURES_HEADER;
import static fr.spro.label.support.IntakeFixtures.csv;
import static fr.spro.label.support.IntakeFixtures.structureRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox of the {@code evaluate --inbox} run: recognition, order, evidence beside, rejection files. */
@IntegrationTest
class InboxImportTests {

    @Autowired IntakeService intake;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;
    @Autowired Structures structures;
    @Autowired Decisions decisions;
    @Autowired SelfAssessments assessments;
    @Autowired Journal journal;

    @TempDir Path inbox;

    @BeforeEach
    void baseline() {
        new StoredData(mongo).resetToBaseline(campaigns, structures, decisions);
    }

    @Test
    void importsStructuresFirstSoActivityAndAnswersMayNameAStructureOfTheSameRun() throws IOException {
        Files.write(inbox.resolve("activity-2025.csv"), csv(ACTIVITY_HEADER, "ML-NEW;2025;120;4;4"));
        Files.write(inbox.resolve("self-assessment-2025.csv"), csv(ANSWERS_HEADER, "ML-NEW;2025;accessibility_register;oui;;registre.pdf"));
        Files.write(inbox.resolve("structures-jura.csv"), csv(STRUCTURES_HEADER, structureRow("ML-NEW")));
        Files.write(inbox.resolve("registre.pdf"), new ClassPathResource("intake/cases/registre.pdf").getContentAsByteArray());
        Files.writeString(inbox.resolve("notes.txt"), "pas un fichier de données");

        InboxReport report = intake.importInbox(inbox);

        assertThat(report.files()).extracting(ImportReport::file)
                .containsExactly("structures-jura.csv", "activity-2025.csv", "self-assessment-2025.csv");
        assertThat(report.rejections()).isEmpty();
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(assessments.findByStructureIdAndCampaign("ML-NEW", "2025")).hasValueSatisfying(a ->
                assertThat(a.answers().get("accessibility_register").evidence()).singleElement()
                        .satisfies(e -> assertThat(e.contentType()).isEqualTo("application/pdf")));
    }

    @Test
    void writesEmptyRejectionFilesWhenNothingIsRejected() throws IOException {
        Files.write(inbox.resolve("structures.csv"), csv(STRUCTURES_HEADER, structureRow("ML-OK")));

        intake.importInbox(inbox);

        assertThat(csvRows(inbox.resolve("rejections.csv"))).isEmpty();
        assertThat(Files.readString(inbox.resolve("rejections.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFfile,line,column,value,code,message\r\n");
        assertThat(JsonMapper.builder().build().readTree(inbox.resolve("rejections.json").toFile()).isArray()).isTrue();
        assertThat(JsonMapper.builder().build().readTree(inbox.resolve("rejections.json").toFile()).size()).isZero();
    }

    @Test
    void writesEveryRejectionOfTheRunWithTheSixColumnsAndFormulasNeutralised() throws IOException {
        Files.write(inbox.resolve("structures.csv"), csv(STRUCTURES_HEADER,
                "\"=HYPERLINK(\"\"http://evil.example\"\")\";Nom;MISSION_LOCALE;MEMBER;JURA;;;;;;;;;",
                structureRow("ML-OK")));
        Files.write(inbox.resolve("activity.csv"), csv(ACTIVITY_HEADER, "ML-OK;2025;-3;;"));

        InboxReport report = intake.importInbox(inbox);

        List<CSVRecord> rows = csvRows(inbox.resolve("rejections.csv"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toList()).containsExactly("structures.csv", "2", "id", "'=HYPERLINK(\"http://evil.example\")",
                "INVALID_ID", report.rejections().get(0).message());
        assertThat(rows.get(1).toList()).containsExactly("activity.csv", "2", "people_received", "'-3",
                "NEGATIVE_VALUE", report.rejections().get(1).message());
        JsonNode json = JsonMapper.builder().build().readTree(inbox.resolve("rejections.json").toFile());
        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get(0).get("value").asString()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(json.get(1).get("code").asString()).isEqualTo("NEGATIVE_VALUE");
        assertThat(json.get(1).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void reportsAFolderNamedLikeADataFileAsUnreadable() throws IOException {
        Files.createDirectory(inbox.resolve("structures-archive.csv"));

        InboxReport report = intake.importInbox(inbox);

        assertThat(report.files()).singleElement().satisfies(file -> {
            assertThat(file.fileRejected()).isTrue();
            assertThat(file.rejections()).extracting(Rejection::code).containsExactly("UNREADABLE_FILE");
        });
        assertThat(report.hasFailures()).isTrue();
    }

    @Test
    void journalsEachFileOfTheRun() throws IOException {
        Files.write(inbox.resolve("structures.csv"), csv(STRUCTURES_HEADER, structureRow("ML-OK"), "bad;row"));

        intake.importInbox(inbox);

        List<JournalEntry> entries = journal.latest("IMPORT", 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(IntakeService.INBOX_ACTOR);
            assertThat(entry.subject()).isEqualTo("structures.csv");
            assertThat(entry.after()).isEqualTo("1 acceptées, 1 rejetées");
        });
    }

    @Test
    void refusesAnInboxThatIsNotAFolder() {
        assertThatThrownBy(() -> intake.importInbox(inbox.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n'existe pas");
    }

    private static List<CSVRecord> csvRows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
