package fr.spro.label.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParametersTests {

    private static String bundledCsv() throws IOException {
        return Files.readString(Path.of("rules", Parameters.FILE), StandardCharsets.UTF_8);
    }

    @Test
    void everyBundledParameterHasAFrenchAndEnglishLabelAndAValueInsideItsRange() throws IOException {
        Parameters parameters = Parameters.parse(bundledCsv());

        assertThat(parameters.all()).hasSizeGreaterThan(25).allSatisfy(p -> {
            assertThat(p.labelFr()).isNotBlank();
            assertThat(p.labelEn()).isNotBlank();
            assertThat(p.accepts(p.value())).isTrue();
        });
    }

    @Test
    void printsAValueWithItsUnitAsFrenchAndEnglishSentencesDo() throws IOException {
        Parameters parameters = Parameters.parse(bundledCsv());

        assertThat(parameters.text("ACC-03.heures-conforme")).isEqualTo("24 h");
        assertThat(parameters.text("NET-01.part-conforme")).isEqualTo("75 %");
        assertThat(parameters.text("ACC-04.semaines-sans-canal")).isEqualTo("3 semaines");
        assertThat(Parameters.text(parameters.parameter("ACC-04.semaines-sans-canal").orElseThrow(), Locale.ENGLISH)).isEqualTo("3 weeks");
        assertThat(parameters.value("QUA-02.part-conforme")).isEqualTo(0.9);
    }

    @Test
    void aChangedValueIsWrittenBackAndReadAgainUnchanged() throws IOException {
        Parameters.Changed changed = Parameters.parse(bundledCsv()).with(Map.of("ACC-03.heures-conforme", new BigDecimal("20")));

        Parameters reread = Parameters.parse(changed.parameters().toCsv());

        assertThat(changed.refused()).isEmpty();
        assertThat(reread.value("ACC-03.heures-conforme")).isEqualTo(20.0);
        assertThat(reread.text("ACC-03.heures-conforme")).isEqualTo("20 h");
        assertThat(reread.all()).hasSameSizeAs(changed.parameters().all());
    }

    @Test
    void refusesAValueOutsideItsRangeAFractionForAWholeNumberAndAMinorThresholdAboveTheCompliantOne() throws IOException {
        Parameters parameters = Parameters.parse(bundledCsv());

        Parameters.Changed changed = parameters.with(Map.of(
                "ACC-03.heures-conforme", new BigDecimal("200"),
                "ACC-04.semaines-sans-canal", new BigDecimal("2.5")));
        Parameters.Changed inverted = parameters.with(Map.of("ACC-03.heures-mineure", new BigDecimal("30")));

        assertThat(changed.refused()).containsOnlyKeys("ACC-03.heures-conforme", "ACC-04.semaines-sans-canal");
        assertThat(changed.refused().get("ACC-03.heures-conforme")).contains("hors de l'intervalle admis");
        assertThat(changed.refused().get("ACC-04.semaines-sans-canal")).contains("nombre entier");
        assertThat(inverted.refused().get("ACC-03.heures-mineure")).contains("ne peut dépasser");
        assertThat(changed.parameters()).isSameAs(parameters);
    }

    @Test
    void aMalformedFileIsRefusedNamingTheFileTheLineAndTheProblem() throws IOException {
        String broken = bundledCsv().replace("ACC-03.heures-conforme;ACC-03;decimal;24;", "ACC-03.heures-conforme;ACC-03;decimal;vingt;");

        assertThatThrownBy(() -> Parameters.parse(broken))
                .hasMessageContaining(Parameters.FILE).hasMessageContaining("ligne 2").hasMessageContaining("nombre attendu");
    }
}
