package fr.spro.label.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportKindTests {

    @Test
    void recognisesInboxFilesByPrefixAndExtensionInAnyCase() {
        assertThat(ImportKind.ofFileName("structures.csv")).contains(ImportKind.STRUCTURES);
        assertThat(ImportKind.ofFileName("Structures-2025.JSON")).contains(ImportKind.STRUCTURES);
        assertThat(ImportKind.ofFileName("activity-2025.csv")).contains(ImportKind.ACTIVITY);
        assertThat(ImportKind.ofFileName("self-assessment-2025-dijon.csv")).contains(ImportKind.SELF_ASSESSMENT);
        assertThat(ImportKind.ofFileName("decisions-2024.csv")).isEmpty();
        assertThat(ImportKind.ofFileName("structures.xlsx")).isEmpty();
        assertThat(ImportKind.ofFileName("rejections.csv")).isEmpty();
    }
}
