package fr.spro.label.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(SearchText.normalise("Centre d'information de CHENÔVE")).isEqualTo("centre d information de chenove");
        assertThat(SearchText.normalise("France Travail – agence de Saint-Claude")).isEqualTo("france travail agence de saint claude");
    }

    @Test
    void spellsOutLigatures() {
        assertThat(SearchText.normalise("Œuvre du Cœur")).isEqualTo("oeuvre du coeur");
    }

    @Test
    void splitsASearchIntoWordsSafeForARegularExpression() {
        assertThat(SearchText.words("  Besançon (25) .* ")).containsExactly("besancon", "25");
        assertThat(SearchText.words("—")).isEmpty();
    }
}
