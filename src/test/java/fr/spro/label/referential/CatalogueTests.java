package fr.spro.label.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CatalogueTests {

    static Catalogue bundled() throws IOException {
        return Catalogue.parse(Files.readString(Path.of("rules", Catalogue.CRITERIA_FILE), StandardCharsets.UTF_8),
                Files.readString(Path.of("rules", Catalogue.PROPERTIES_FILE), StandardCharsets.UTF_8));
    }

    @Test
    void holdsThe28CriteriaOfReferential2025_1InEightThemes() throws IOException {
        Catalogue catalogue = bundled();
        assertThat(catalogue.version()).isEqualTo("2025.1");
        assertThat(catalogue.criteria()).hasSize(28);
        Map<Theme, Long> perTheme = catalogue.criteria().stream()
                .collect(Collectors.groupingBy(Criterion::theme, Collectors.counting()));
        assertThat(perTheme).containsExactlyInAnyOrderEntriesOf(Map.of(Theme.ACC, 6L, Theme.NEU, 5L, Theme.SRV, 5L,
                Theme.NET, 5L, Theme.PRO, 2L, Theme.QUA, 3L, Theme.ECO, 1L, Theme.DEC, 1L));
        assertThat(catalogue.criteria().get(0).id()).isEqualTo("ACC-01");
    }

    @Test
    void requiresEvidenceOnExactlyTheFiveAnswersOfTheReferential() throws IOException {
        Map<String, Question> evidence = bundled().criteria().stream().filter(c -> c.evidenceQuestion().isPresent())
                .collect(Collectors.toMap(Criterion::id, c -> c.evidenceQuestion().get()));
        assertThat(evidence).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ACC-02", Question.ACCESSIBILITY_REGISTER, "ACC-06", Question.ANTI_DISCRIMINATION_TRAINING,
                "NEU-02", Question.CONFIDENTIALITY_RULES, "SRV-04", Question.REFERRAL_PROCEDURE,
                "NET-05", Question.SPRO_IDENTITY_DISPLAYED));
    }

    @Test
    void everyCriterionHasFrenchAndEnglishTitleAndHelp() throws IOException {
        assertThat(bundled().criteria()).allSatisfy(c -> {
            assertThat(c.titleFr()).isNotBlank();
            assertThat(c.titleEn()).isNotBlank();
            assertThat(c.helpFr()).isNotBlank();
            assertThat(c.helpEn()).isNotBlank();
        });
    }

    @Test
    void refusesAnUnknownEvidenceQuestionNamingTheCriterion() {
        String csv = "id;theme;title_fr;title_en;evidence_question;help_fr;help_en\nACC-01;ACC;a;b;no_such_question;c;d\n";
        assertThatThrownBy(() -> Catalogue.parse(csv, "version=1\nlabel.validity.years=3\naction-plan.due.months=6"))
                .hasMessageContaining("criteria.csv").hasMessageContaining("ACC-01");
    }

    @Test
    void refusesPropertiesWithoutVersion() {
        assertThatThrownBy(() -> Catalogue.parse("id;theme;title_fr;title_en;evidence_question;help_fr;help_en\n", "label.validity.years=3"))
                .hasMessageContaining("version");
    }
}
