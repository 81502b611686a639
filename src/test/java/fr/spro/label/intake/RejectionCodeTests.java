package fr.spro.label.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RejectionCodeTests {

    static final Set<String> PLACEHOLDERS = Set.of("column", "value", "line", "detail", "expected", "min", "max");

    @Test
    void everyMessageIsFrenchAndUsesOnlyPlaceholdersTheImporterFills() {
        Pattern placeholder = Pattern.compile("\\{([a-z]+)}");
        for (RejectionCode code : RejectionCode.values()) {
            Matcher matcher = placeholder.matcher(code.template());
            while (matcher.find()) {
                assertThat(PLACEHOLDERS).as(code.name()).contains(matcher.group(1));
            }
            assertThat(code.template()).as(code.name()).endsWith(".").doesNotContain("null");
        }
    }

    @Test
    void fillsPlaceholdersAndLeavesLiteralBracesAlone() {
        assertThat(RejectionCode.OUT_OF_RANGE.message(Map.of("column", "weeks_closed", "value", "60", "min", "0", "max", "52")))
                .isEqualTo("« weeks_closed » doit être compris entre 0 et 52 (valeur lue : 60).");
        assertThat(RejectionCode.JSON_NOT_ARRAY.message(Map.of())).contains("[ { ... }, { ... } ]");
    }

    @Test
    void onlyReadingProblemsRejectAFileWhole() {
        assertThat(Arrays.stream(RejectionCode.values()).filter(RejectionCode::isWholeFile).map(Enum::name))
                .containsExactlyInAnyOrder("EMPTY_FILE", "UNREADABLE_FILE", "BINARY_FILE", "NOT_UTF8", "NO_HEADER",
                        "UNKNOWN_COLUMN", "MISSING_COLUMN", "DUPLICATE_COLUMN", "MALFORMED_CSV", "BROKEN_JSON", "JSON_NOT_ARRAY");
    }
}
