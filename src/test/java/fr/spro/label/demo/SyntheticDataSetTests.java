package fr.spro.label.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.referential.Question;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataSetTests {

    @TempDir Path folder;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws IOException {
        new SyntheticDataSet(80, 2025, 7).writeTo(folder.resolve("a"));
        new SyntheticDataSet(80, 2025, 7).writeTo(folder.resolve("b"));
        new SyntheticDataSet(80, 2025, 8).writeTo(folder.resolve("c"));

        for (String file : List.of("structures.csv", "activity-2025.csv", "self-assessment-2025.csv", "affichage-spro.png")) {
            assertThat(Files.readAllBytes(folder.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(folder.resolve("a").resolve(file)));
        }
        assertThat(Files.readAllBytes(folder.resolve("c").resolve("activity-2025.csv")))
                .isNotEqualTo(Files.readAllBytes(folder.resolve("a").resolve("activity-2025.csv")));
    }

    @Test
    void coversEveryNetworkMembershipAndTerritoryWithAMixOfGaps() throws IOException {
        new SyntheticDataSet(400, 2025, 1).writeTo(folder);
        List<CSVRecord> structures = rows("structures.csv");
        List<CSVRecord> answers = rows("self-assessment-2025.csv");

        assertThat(structures).hasSize(400);
        assertThat(values(structures, "network")).isEqualTo(names(Network.class));
        assertThat(values(structures, "territory")).isEqualTo(names(Territory.class));
        assertThat(values(structures, "membership")).isEqualTo(names(Membership.class));
        assertThat(structures.stream().filter(s -> s.get("charter_signed_on").isEmpty()).count()).as("unsigned charters").isBetween(2L, 20L);
        assertThat(answers).hasSize(400 * Question.values().length);
        long free = answers.stream().filter(a -> a.get("question").equals("free_of_charge")).count();
        long notFree = answers.stream().filter(a -> a.get("question").equals("free_of_charge") && a.get("answer").equals("non")).count();
        assertThat(notFree).as("a major gap").isBetween(1L, free / 10);
        long registers = answers.stream().filter(a -> a.get("question").equals("accessibility_register")).count();
        long withoutEvidence = answers.stream().filter(a -> a.get("question").equals("accessibility_register") && a.get("evidence").isEmpty()).count();
        assertThat(withoutEvidence).as("missing evidence").isBetween(1L, registers / 5);
        assertThat(rows("activity-2025.csv").stream().filter(a -> Integer.parseInt(a.get("territorial_meetings_attended")) == 2).count())
                .as("a minor gap").isPositive();
    }

    @Test
    void writesSiretsWithAValidLuhnKey() throws IOException {
        new SyntheticDataSet(50, 2025, 3).writeTo(folder);

        assertThat(rows("structures.csv")).allSatisfy(s -> assertThat(luhn(s.get("siret"))).as(s.get("siret")).isTrue());
    }

    private List<CSVRecord> rows(String file) throws IOException {
        String text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static Set<String> values(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<String> names(Class<E> type) {
        return EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return digits.length() == 14 && sum % 10 == 0;
    }
}
