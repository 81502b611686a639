package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritoryIndicatorRuleTests {

    @TempDir
    Path rules;

    @Test
    void theBundledReferentialAsksThreeQuartersOfEligibleStructuresLabelledAndFourMeetings() {
        TerritoryIndicatorRule rule = TerritoryIndicatorRule.load(null);

        assertThat(rule).isEqualTo(new TerritoryIndicatorRule(0.75, 4, 4));
        assertThat(rule.isTerritoireOrientation(0.75, 4)).isTrue();
        assertThat(rule.isTerritoireOrientation(0.74, 4)).isFalse();
        assertThat(rule.isTerritoireOrientation(1.0, 3)).isFalse();
        assertThat(rule.isTerritoireOrientation(null, 4)).isFalse();
    }

    @Test
    void aRegionMayChangeTheThresholdsInItsRulesFolder() throws IOException {
        Files.writeString(rules.resolve("referential.properties"), """
                territory-indicator.labelled-share.min=0.8
                territory-indicator.meetings-held.min=3
                activity.territorial-meetings-held.default=4
                """);

        TerritoryIndicatorRule rule = TerritoryIndicatorRule.load(rules);

        assertThat(rule.isTerritoireOrientation(0.78, 3)).isFalse();
        assertThat(rule.isTerritoireOrientation(0.8, 3)).isTrue();
    }

    @Test
    void aMissingThresholdIsNamedInTheError() throws IOException {
        Files.writeString(rules.resolve("referential.properties"), "version=2025.1\n");

        assertThatThrownBy(() -> TerritoryIndicatorRule.load(rules))
                .hasMessageContaining("clé « territory-indicator.labelled-share.min » manquante");
    }
}
