package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.spro.label.evaluation.RuleSetException;
import fr.spro.label.evaluation.RuleSetException.Problem;
import fr.spro.label.support.RuleSetFixtures;
import org.junit.jupiter.api.Test;

/** What an administrator may upload as a rule set, and the problems named when it is refused. */
class RuleUploadTests {

    static final RuleUpload UPLOAD = new RuleUpload(512 * 1024, 4 * 1024 * 1024, 100);

    static RuleUpload.Part part(String name, String content) {
        return new RuleUpload.Part(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static List<Problem> problems(List<RuleUpload.Part> parts) {
        try {
            UPLOAD.read(parts);
        } catch (RuleSetException refused) {
            return refused.problems();
        }
        throw new AssertionError("the upload was accepted");
    }

    @Test
    void readsTheZippedRuleFolderAndLeavesItsReadmeOut() {
        Map<String, String> bundled = RuleSetFixtures.bundled();
        Map<String, String> files = UPLOAD.read(List.of(new RuleUpload.Part("regles.zip", RuleSetFixtures.zipOfFolder(bundled))));
        assertThat(files).isEqualTo(bundled);
    }

    @Test
    void readsIndividualFilesSentByABrowserWithTheirPath() {
        Map<String, String> files = UPLOAD.read(List.of(part("C:\\Users\\agent\\regles\\acc.drl", "rule \"ACC-01 x\"\nend\n"),
                part("criteria.csv", "\uFEFFid;theme\n")));
        assertThat(files).containsOnlyKeys("acc.drl", "criteria.csv");
        assertThat(files.get("criteria.csv")).as("byte-order mark dropped").isEqualTo("id;theme\n");
    }

    @Test
    void readsTheParametersFileAsAFileOfTheRuleSet() {
        Map<String, String> files = UPLOAD.read(List.of(part("acc.drl", "rule \"ACC-01 x\"\nend\n"),
                part("parameters.csv", "name;criterion\n")));
        assertThat(files).containsOnlyKeys("acc.drl", "parameters.csv");
        assertThat(RuleUpload.isRuleFile("parameters.csv")).isTrue();
        assertThat(RuleUpload.isRuleFile("parametres.csv")).isFalse();
    }

    @Test
    void namesTheParametersFileAmongTheFilesARuleSetIsMadeOf() {
        assertThat(problems(List.of(part("acc.drl", "rule"), part("notes.txt", "x"))))
                .singleElement().satisfies(p -> assertThat(p.message())
                        .contains(".drl, criteria.csv, referential.properties et parameters.csv"));
    }

    @Test
    void refusesFilesThatAreNotRuleFilesNamingEachOne() {
        assertThat(problems(List.of(part("acc.drl", "rule"), part("notes.txt", "x"), part("outil.jar", "PK"))))
                .extracting(Problem::file).containsExactly("notes.txt", "outil.jar");
    }

    @Test
    void refusesTextThatIsNotUtf8WithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "rule \"ACC-01\"\nwhen\n// accès\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Problem> problems = problems(List.of(new RuleUpload.Part("acc.drl", latin1)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("acc.drl");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void refusesABinaryFile() {
        assertThat(problems(List.of(part("acc.drl", "rule\n\u0000\u0001"))))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("binaire"));
    }

    @Test
    void refusesAFileAboveTheSizeLimitAndAnUploadAboveTheTotal() {
        RuleUpload small = new RuleUpload(10, 25, 100);
        assertThatThrownBy(() -> small.read(List.of(part("acc.drl", "x".repeat(11)))))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.file()).isEqualTo("acc.drl"))
                .hasMessageContaining("au plus");
        assertThatThrownBy(() -> small.read(List.of(part("a.drl", "x".repeat(10)), part("b.drl", "x".repeat(10)),
                part("c.drl", "x".repeat(10)))))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.file()).isEqualTo(RuleUpload.UPLOAD));
    }

    @Test
    void refusesEmptyAndDuplicateFiles() {
        assertThat(problems(List.of(part("acc.drl", ""), part("neu.drl", "rule"), part("dossier/neu.drl", "rule"))))
                .extracting(Problem::file, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acc.drl", "fichier vide"),
                        org.assertj.core.groups.Tuple.tuple("neu.drl", "fichier présent deux fois"));
    }

    @Test
    void refusesAnUploadWithoutDrlFilesSinceTheyReplaceAllThoseInForce() {
        assertThat(problems(List.of(part("referential.properties", "version=2025.2\n"))))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("aucun fichier .drl"));
    }

    @Test
    void refusesNothingSent() {
        assertThat(problems(List.of(new RuleUpload.Part("", new byte[0])))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("aucun fichier envoyé"));
    }

    @Test
    void refusesAZipSentWithOtherFilesAndAFileNamedZipThatIsNot() {
        assertThat(problems(List.of(part("regles.zip", "PK"), part("acc.drl", "rule")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("seule"));
        assertThat(problems(List.of(part("regles.zip", "rule \"ACC-01\"")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("pas une archive zip"));
    }

    @Test
    void refusesAZipThatEscapesItsFolderOrHoldsOtherFiles() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("rules/acc.drl", "rule");
        entries.put("../../etc/evil.drl", "rule");
        entries.put("rules/script.sh", "rm -rf /");
        assertThat(problems(List.of(new RuleUpload.Part("regles.zip", zip(entries)))))
                .extracting(Problem::file).containsExactly("regles.zip", "script.sh");
    }

    @Test
    void refusesAZipBombWithoutReadingItAll() throws IOException {
        // 50 MB of zeros compress to about 50 KB: the entry is cut at the file limit, never unzipped whole.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("acc.drl"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(512 * 1024);
        assertThat(problems(List.of(new RuleUpload.Part("bombe.zip", bytes.toByteArray())))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("décompressé"));
    }

    @Test
    void refusesAZipWithTooManyFiles() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            entries.put("r" + i + ".drl", "rule");
        }
        assertThat(problems(List.of(new RuleUpload.Part("regles.zip", zip(entries))))).anySatisfy(p ->
                assertThat(p.message()).contains("100 au plus"));
    }

    @Test
    void neverFailsOtherwiseThanWithProblemsOnRandomBytes() {
        Random random = new Random(20250301L);
        for (int i = 0; i < 300; i++) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            if (random.nextBoolean() && noise.length > 2) {
                noise[0] = 'P';
                noise[1] = 'K';
            }
            String name = random.nextBoolean() ? "regles.zip" : "acc.drl";
            try {
                UPLOAD.read(List.of(new RuleUpload.Part(name, noise)));
            } catch (RuleSetException refused) {
                assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
            }
        }
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
