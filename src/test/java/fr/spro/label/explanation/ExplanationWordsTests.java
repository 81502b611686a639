package fr.spro.label.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.spro.label.explanation.FrozenExplanation.Value;
import fr.spro.label.explanation.FrozenExplanation.Value.Kind;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Public;
import org.junit.jupiter.api.Test;

/**
 * The words of an explanation that do not need the application: where each datum the rules read
 * comes from and what it is called, values as they keep, dates as French typography writes them.
 */
class ExplanationWordsTests {

    static final Pattern INPUTS = Pattern.compile("Inputs\\.of\\(([^;]*?)\\)\\s*\\)");
    static final Pattern NAME = Pattern.compile("\"([a-z0-9_]+)\"");

    /** Every name the bundled rule files hand to {@code Inputs.of}: the data a finding says it used. */
    static Set<String> inputNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher inputs = INPUTS.matcher(Files.readString(file));
                while (inputs.find()) {
                    Matcher name = NAME.matcher(inputs.group(1));
                    while (name.find()) {
                        names.add(name.group(1));
                    }
                }
            }
        }
        return names;
    }

    static Properties messages(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyDatumTheRulesUseHasItsSourceAndItsNameInFrenchAndEnglish() throws IOException {
        Set<String> names = inputNames();
        assertThat(names).contains("free_of_charge", "opening_hours_per_week", "membership", "accessibility_register_evidence",
                "reference_date").hasSizeGreaterThan(40);
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = messages(file);
            for (String name : names) {
                String key = switch (DataOrigin.of(name)) {
                    case ANSWER -> "structurespace.question." + name;
                    case EVIDENCE -> "structurespace.question." + DataOrigin.evidencedQuestion(name);
                    case FIGURE -> "structurespace.activity.field." + name;
                    default -> "explanation.input." + name;
                };
                assertThat(texts.getProperty(key)).as(file + ": " + name + " (" + DataOrigin.of(name) + ")").isNotBlank();
            }
            for (Public value : Public.values()) {
                assertThat(texts.getProperty("explanation.public." + value.name())).as(file + " " + value).isNotBlank();
            }
        }
    }

    @Test
    void theSourceOfADatumIsToldByItsName() {
        assertThat(DataOrigin.of("free_of_charge")).isEqualTo(DataOrigin.ANSWER);
        assertThat(DataOrigin.of("accessibility_register_evidence")).isEqualTo(DataOrigin.EVIDENCE);
        assertThat(DataOrigin.of("weeks_closed")).isEqualTo(DataOrigin.FIGURE);
        assertThat(DataOrigin.of("complaints_answered_30d")).isEqualTo(DataOrigin.FIGURE);
        assertThat(DataOrigin.of("membership")).isEqualTo(DataOrigin.DIRECTORY);
        assertThat(DataOrigin.of("charter_signed_on")).isEqualTo(DataOrigin.DIRECTORY);
        assertThat(DataOrigin.of("reference_date")).isEqualTo(DataOrigin.CAMPAIGN);
        assertThat(DataOrigin.of("minor_findings")).isEqualTo(DataOrigin.RULES);
        assertThat(DataOrigin.of("unknown_evidence")).as("not a question's evidence").isEqualTo(DataOrigin.RULES);
    }

    @Test
    void valuesKeepAsTheRulesReadThemWhetherFreshOrReadBackFromTheStore() {
        assertThat(InputValues.of(null)).isEqualTo(new Value(Kind.NONE, List.of()));
        assertThat(InputValues.of(true)).isEqualTo(new Value(Kind.BOOLEAN, List.of("true")));
        assertThat(InputValues.of(20.0)).isEqualTo(new Value(Kind.NUMBER, List.of("20")));
        assertThat(InputValues.of(8.5)).isEqualTo(new Value(Kind.NUMBER, List.of("8.5")));
        assertThat(InputValues.of(LocalDate.of(2025, 9, 4))).isEqualTo(new Value(Kind.DATE, List.of("2025-09-04")));
        assertThat(InputValues.of("2025-09-04")).isEqualTo(new Value(Kind.DATE, List.of("2025-09-04")));
        Date stored = Date.from(LocalDate.of(2025, 12, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(InputValues.of(stored)).isEqualTo(new Value(Kind.DATE, List.of("2025-12-31")));
        assertThat(InputValues.of(Membership.ASSOCIATED)).isEqualTo(new Value(Kind.TEXT, List.of("ASSOCIATED")));
        assertThat(InputValues.of(Set.of(Public.YOUTH_16_30, Public.ADULTS)))
                .isEqualTo(new Value(Kind.LIST, List.of("ADULTS", "YOUTH_16_30")));
        assertThat(InputValues.comparable(InputValues.of(20))).isTrue();
        assertThat(InputValues.comparable(InputValues.of(null))).as("a figure not reported").isTrue();
        assertThat(InputValues.comparable(InputValues.of(true))).isFalse();
    }

    @Test
    void theFirstOfAMonthIsWrittenTheFrenchWay() {
        assertThat(ExplanationDates.words(LocalDate.of(2026, 3, 1), Locale.FRENCH)).isEqualTo("1er mars 2026");
        assertThat(ExplanationDates.words(LocalDate.of(2026, 3, 2), Locale.FRENCH)).isEqualTo("2 mars 2026");
        assertThat(ExplanationDates.words(LocalDate.of(2026, 3, 1), Locale.ENGLISH)).isEqualTo("1 March 2026");
        assertThat(ExplanationDates.words(null, Locale.FRENCH)).isEqualTo("—");
    }

    @Test
    void frenchTextWrittenElsewhereGetsItsNonBreakingSpaces() {
        assertThat(ExplanationWording.typography("Vos locaux sont-ils accessibles ? Oui : « registre »"))
                .isEqualTo("Vos locaux sont-ils accessibles\u00a0? Oui\u00a0: «\u00a0registre\u00a0»");
    }
}
