package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import org.junit.jupiter.api.Test;

/** The review queue's filters as the query string gives them. */
class ReviewFilterTests {

    @Test
    void emptyParametersFilterNothing() {
        ReviewFilter filter = ReviewFilter.parse("2031", "", null, " ", null, "");
        assertThat(filter.filtered()).isFalse();
        assertThat(filter.decided()).isNull();
    }

    @Test
    void readsEveryFilterWhateverTheCase() {
        ReviewFilter filter = ReviewFilter.parse("2031", "jura", "MISSION_LOCALE", "labellise_sous_conditions", "yes", "no");
        assertThat(filter.territory()).isEqualTo(Territory.JURA);
        assertThat(filter.network()).isEqualTo(Network.MISSION_LOCALE);
        assertThat(filter.proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(filter.flaggedOnly()).isTrue();
        assertThat(filter.decided()).isFalse();
        assertThat(filter.decidedParameter()).isEqualTo("no");
    }

    @Test
    void refusesAnUnknownValueNamingTheParameter() {
        assertThatThrownBy(() -> ReviewFilter.parse("2031", "ATLANTIDE", null, null, null, null))
                .isInstanceOfSatisfying(BadFilter.class, bad -> {
                    assertThat(bad.parameter()).isEqualTo("territory");
                    assertThat(bad.value()).isEqualTo("ATLANTIDE");
                });
        assertThatThrownBy(() -> ReviewFilter.parse("2031", null, null, null, "no", null))
                .isInstanceOfSatisfying(BadFilter.class, bad -> assertThat(bad.parameter()).isEqualTo("flagged"));
        assertThatThrownBy(() -> ReviewFilter.parse("2031", null, null, null, null, "peut-être"))
                .isInstanceOfSatisfying(BadFilter.class, bad -> assertThat(bad.parameter()).isEqualTo("decided"));
    }
}
