package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.spro.label.referential.Parameters;
import org.junit.jupiter.api.Test;

class TerritoryIndicatorRuleTests {

    private static Parameters bundled() throws IOException {
        return Parameters.parse(Files.readString(Path.of("rules", Parameters.FILE), StandardCharsets.UTF_8));
    }

    @Test
    void theBundledReferentialAsksThreeQuartersOfEligibleStructuresLabelledAndFourMeetings() throws IOException {
        TerritoryIndicatorRule rule = TerritoryIndicatorRule.of(bundled());

        assertThat(rule).isEqualTo(new TerritoryIndicatorRule(0.75, 4, 4));
        assertThat(rule.isTerritoireOrientation(0.75, 4)).isTrue();
        assertThat(rule.isTerritoireOrientation(0.74, 4)).isFalse();
        assertThat(rule.isTerritoireOrientation(1.0, 3)).isFalse();
        assertThat(rule.isTerritoireOrientation(null, 4)).isFalse();
    }

    @Test
    void aRegionMayChangeTheThresholdsThroughTheParameters() throws IOException {
        Parameters.Changed changed = bundled().with(Map.of(TerritoryIndicatorRule.SHARE, new BigDecimal("0.8"),
                TerritoryIndicatorRule.MEETINGS, BigDecimal.valueOf(3)));

        TerritoryIndicatorRule rule = TerritoryIndicatorRule.of(changed.parameters());

        assertThat(changed.refused()).isEmpty();
        assertThat(rule.isTerritoireOrientation(0.78, 3)).isFalse();
        assertThat(rule.isTerritoireOrientation(0.8, 3)).isTrue();
    }
}
