package fr.spro.label.evaluation.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.spro.label.structure.Membership;

import org.junit.jupiter.api.Test;

class WordingTests {

    @Test
    void writesFiguresAsFrenchDoes() {
        assertThat(Wording.number(23.9)).isEqualTo("23,9");
        assertThat(Wording.number(24.0)).isEqualTo("24");
        assertThat(Wording.number(1450)).isEqualTo("1450");
        assertThat(Wording.number(null)).isEqualTo("non renseigné");
        assertThat(Wording.date(LocalDate.of(2025, 3, 5))).isEqualTo("05/03/2025");
    }

    @Test
    void truncatesSharesSoThatJustBelowAThresholdNeverReadsAsTheThreshold() {
        assertThat(Wording.percent(2, 4)).isEqualTo("50 %");
        assertThat(Wording.percent(2, 3)).isEqualTo("66,6 %");
        assertThat(Wording.percent(8999, 10000)).isEqualTo("89,9 %");
        assertThat(Wording.percent(9, 10)).isEqualTo("90 %");
    }

    @Test
    void countsWithSingularForZeroAndOne() {
        assertThat(Wording.count(0, "semaine", "semaines")).isEqualTo("0 semaine");
        assertThat(Wording.count(1, "semaine", "semaines")).isEqualTo("1 semaine");
        assertThat(Wording.count(2, "semaine", "semaines")).isEqualTo("2 semaines");
    }

    @Test
    void countsNoneInWordsAndAThresholdReadFromTheParametersAsAWholeNumber() {
        assertThat(Wording.countOrNone(0, "aucun entretien mené", "entretien mené", "entretiens menés")).isEqualTo("aucun entretien mené");
        assertThat(Wording.countOrNone(1, "aucun entretien mené", "entretien mené", "entretiens menés")).isEqualTo("1 entretien mené");
        assertThat(Wording.countOrNone(3, "aucun entretien mené", "entretien mené", "entretiens menés")).isEqualTo("3 entretiens menés");
        // parameters.value gives a double: it still reads as the whole number it is
        assertThat(Wording.count(10.0, "attendu", "attendus")).isEqualTo("10 attendus");
        assertThat(Wording.count(1.0, "attendu", "attendus")).isEqualTo("1 attendu");
        assertThat(Wording.number(1.0)).isEqualTo("1");
    }

    @Test
    void saysCommonSharesInWordsAndOthersAsPercentages() {
        assertThat(Wording.fractionOf(0.5, "des ETP")).isEqualTo("la moitié des ETP");
        assertThat(Wording.fractionOf(0.25, "des ETP")).isEqualTo("le quart des ETP");
        assertThat(Wording.fractionOf(0.75, "des ETP")).isEqualTo("les trois quarts des ETP");
        assertThat(Wording.fractionOf(0.6, "des ETP")).isEqualTo("60 % des ETP");
        assertThat(Wording.fractionOf(0.333, "des ETP")).isEqualTo("33,3 % des ETP");
    }

    @Test
    void keepsInputsInOrderWithTypesAStoreReadsBack() {
        var inputs = Inputs.of("a", 1, "b", null, "c", LocalDate.of(2025, 1, 2),
                "d", Membership.MEMBER, "e", Set.of("y", "x"));
        assertThat(inputs.keySet()).containsExactly("a", "b", "c", "d", "e");
        assertThat(inputs).containsEntry("a", 1).containsEntry("b", null).containsEntry("c", "2025-01-02")
                .containsEntry("d", "MEMBER").containsEntry("e", List.of("x", "y"));
    }
}
