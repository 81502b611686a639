package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.Question;
import org.junit.jupiter.api.Test;

/** Every question of the import format is shown under a criterion of the catalogue. */
class QuestionLayoutTests {

    /** The catalogue of the bundled {@code rules/} folder, the one the application starts with. */
    static Catalogue catalogue() {
        try {
            return Catalogue.parse(Files.readString(Path.of("rules", Catalogue.CRITERIA_FILE), StandardCharsets.UTF_8),
                    Files.readString(Path.of("rules", Catalogue.PROPERTIES_FILE), StandardCharsets.UTF_8),
                    Files.readString(Path.of("rules", Parameters.FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyQuestionHasACriterionOfTheCatalogue() {
        Catalogue catalogue = catalogue();
        for (Question question : Question.values()) {
            assertThat(QuestionLayout.criterionOf(question)).as(question.code()).isPresent()
                    .hasValueSatisfying(id -> assertThat(catalogue.criterion(id)).as(id).isPresent());
        }
    }

    @Test
    void everyQuestionThatNeedsEvidenceIsShownUnderTheCriterionThatNeedsIt() {
        catalogue().criteria().forEach(criterion -> criterion.evidenceQuestion()
                .ifPresent(question -> assertThat(QuestionLayout.criterionOf(question)).contains(criterion.id())));
    }

    @Test
    void groupsTheAccessibilityQuestionsUnderAcc02InFormOrder() {
        assertThat(QuestionLayout.questionsOf("ACC-02")).containsExactly(Question.PREMISES_ACCESSIBLE,
                Question.ACCESSIBILITY_REGISTER, Question.ALTERNATIVE_RECEPTION);
        assertThat(Arrays.stream(Question.values()).map(QuestionLayout::criterionOf)).allMatch(java.util.Optional::isPresent);
    }
}
