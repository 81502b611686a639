package fr.spro.label.intake;

import static fr.spro.label.support.IntakeFixtures.ANSWERS_HEADER;
import static fr.spro.label.support.IntakeFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.review.Decisions;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntakeFixtures;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Importing the same inbox twice changes nothing the second time: every document of every
 * collection the import writes (evidence files included) is byte for byte the same, timestamps
 * included, and so are the rejection files.
 */
@IntegrationTest
class IdempotenceTests {

    /** The demo data set, in its import formats, with the evidence files its answers name. */
    static final List<String> DEMO_FILES = List.of("structures.csv", "activity-2024.csv", "activity-2025.json",
            "self-assessment-2024.csv", "self-assessment-2025.csv", "registre-accessibilite.pdf",
            "attestation-formation-non-discrimination.pdf", "procedure-orientation.pdf", "affichage-spro.png");

    @Autowired IntakeService intake;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;
    @Autowired Decisions decisions;

    @TempDir Path inbox;
    StoredData stored;

    @BeforeEach
    void inboxWithTheDemoDataAndSomeBadRows() throws IOException {
        stored = new StoredData(mongo);
        stored.clear();
        CampaignFixture.open(campaigns, 2024, 2025);
        decisions.save(IntakeFixtures.confirmedDecision("ML-MONTBARD", "2024"));
        for (String file : DEMO_FILES) {
            Files.write(inbox.resolve(file), new ClassPathResource("demo/" + file).getContentAsByteArray());
        }
        Files.write(inbox.resolve("self-assessment-corrections.csv"), csv(ANSWERS_HEADER,
                "ML-MONTBARD;2025;free_of_charge;oui;Correction;",
                "ML-DIJON;2025;free_of_charge;non;Déjà donnée dans self-assessment-2025.csv;",
                "ML-MONTBARD;2024;free_of_charge;non;;",
                "INCONNUE;2025;free_of_charge;oui;;",
                "ML-MONTBARD;2025;referral_procedure;oui;;absent.pdf"));
    }

    @Test
    void importingTheSameInboxTwiceChangesNothingTheSecondTime() throws IOException {
        InboxReport first = intake.importInbox(inbox);
        Map<String, List<String>> afterFirst = stored.dump();
        byte[] rejectionsCsv = Files.readAllBytes(inbox.resolve("rejections.csv"));
        byte[] rejectionsJson = Files.readAllBytes(inbox.resolve("rejections.json"));

        InboxReport second = intake.importInbox(inbox);

        Map<String, List<String>> afterSecond = stored.dump();
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(Files.readAllBytes(inbox.resolve("rejections.csv"))).isEqualTo(rejectionsCsv);
        assertThat(Files.readAllBytes(inbox.resolve("rejections.json"))).isEqualTo(rejectionsJson);
        assertThat(first.rejections()).extracting(Rejection::code)
                .containsExactly("DUPLICATE_KEY", "CAMPAIGN_CLOSED", "UNKNOWN_STRUCTURE", "EVIDENCE_NOT_FOUND");
        assertThat(first.rejections().get(0).message()).contains("ligne 2 du fichier « self-assessment-2025.csv »");
        assertThat(afterFirst.get("structures")).hasSize(65);
        assertThat(afterFirst.get("evidence.files")).hasSize(4);
    }

    @Test
    void aChangedAnswerIsTheOnlyChangeOfAReimport() throws IOException {
        intake.importInbox(inbox);
        Map<String, List<String>> before = stored.dump();
        Files.write(inbox.resolve("self-assessment-corrections.csv"), csv(ANSWERS_HEADER, "ML-MONTBARD;2025;free_of_charge;non;;"));

        intake.importInbox(inbox);

        Map<String, List<String>> after = stored.dump();
        before.keySet().stream().filter(collection -> !collection.equals("self_assessments"))
                .forEach(collection -> assertThat(after.get(collection)).as(collection).isEqualTo(before.get(collection)));
        List<String> changed = after.get("self_assessments").stream()
                .filter(document -> !before.get("self_assessments").contains(document)).toList();
        assertThat(changed).singleElement().satisfies(document -> assertThat(document).startsWith("{\"_id\": \"ML-MONTBARD_2025\""));
    }
}
