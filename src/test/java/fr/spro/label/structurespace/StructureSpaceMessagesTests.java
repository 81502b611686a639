package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import fr.spro.label.intake.Rejection;
import fr.spro.label.intake.RejectionCode;
import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Question;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/** Every question, answer and importer reason the structure space can show has its French and English text. */
class StructureSpaceMessagesTests {

    static Properties messages(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everyQuestionAndEveryAnswerHasItsText() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = messages(file);
            for (Question question : Question.values()) {
                assertThat(texts.getProperty("structurespace.question." + question.code())).as(file + " " + question).isNotBlank();
            }
            for (PreviousActionPlan plan : PreviousActionPlan.values()) {
                assertThat(texts.getProperty("structurespace.answer." + plan.name())).as(file + " " + plan).isNotBlank();
            }
            for (String column : ActivityFigures.COLUMNS) {
                assertThat(texts.getProperty("structurespace.activity.field." + column)).as(file + " " + column).isNotBlank();
                assertThat(texts.getProperty("structurespace.activity.hint." + column)).as(file + " " + column).isNotBlank();
            }
        }
    }

    @Test
    void everyImporterReasonHasAnEnglishTranslationAndStaysTheImportersOwnInFrench() {
        RejectionTexts texts = new RejectionTexts(source());
        for (RejectionCode code : RejectionCode.values()) {
            Rejection rejection = new Rejection("activite.csv", 3, "weeks_closed", "60", code.name(),
                    code.message(Map.of("column", "weeks_closed", "value", "60")));
            assertThat(texts.text(rejection, Locale.FRENCH)).as(code.name()).isEqualTo(rejection.message());
            assertThat(texts.text(rejection, Locale.ENGLISH)).as(code.name()).isNotEqualTo(rejection.message())
                    .doesNotContainPattern("\\{\\d}").endsWith(".");
        }
    }
}
