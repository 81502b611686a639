package fr.spro.label.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spro.label.structure.Territory;
import org.junit.jupiter.api.Test;

class RegistryQueryTests {

    @Test
    void emptyParametersMeanNoFilterNameOrderFirstPageOfTwenty() {
        RegistryQuery query = RegistryQuery.parse("", "", null, " ", null, "", null);
        assertThat(query).isEqualTo(RegistryQuery.all());
        assertThat(query.filtered()).isFalse();
    }

    @Test
    void readsEveryParameter() {
        RegistryQuery query = RegistryQuery.parse("dijon", "DIJON_BEAUNE", "CIO", "SUSPENDU", "validUntil", "3", "100");
        assertThat(query).isEqualTo(new RegistryQuery("dijon", Territory.DIJON_BEAUNE, fr.spro.label.structure.Network.CIO,
                RegistryStatus.SUSPENDU, RegistrySort.VALID_UNTIL, 3, 100));
        assertThat(query.offset()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownFilterValueNamingTheParameter() {
        assertThatThrownBy(() -> RegistryQuery.parse(null, "PARIS", null, null, null, null, null))
                .isInstanceOf(BadRegistryParameter.class)
                .hasMessageContaining("« territory »").hasMessageContaining("DIJON_BEAUNE");
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, null, "PROPOSE", null, null, null))
                .hasMessageContaining("« status »");
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, "mission_locale", null, null, null, null))
                .hasMessageContaining("« network »");
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, null, null, "siret", null, null))
                .hasMessageContaining("« sort »");
    }

    @Test
    void refusesAPageSizeThatIsNotANumberOrAbove100() {
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, null, null, null, null, "abc"))
                .isInstanceOf(BadRegistryParameter.class).hasMessageContaining("nombre entier");
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, null, null, null, null, "101"))
                .isInstanceOf(BadRegistryParameter.class).hasMessageContaining("entre 1 et 100");
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, null, null, null, null, "0"))
                .isInstanceOf(BadRegistryParameter.class);
    }

    @Test
    void refusesAPageBelowOneAndOverlongSearches() {
        assertThatThrownBy(() -> RegistryQuery.parse(null, null, null, null, null, "0", null))
                .isInstanceOf(BadRegistryParameter.class).hasMessageContaining("« page »");
        assertThatThrownBy(() -> RegistryQuery.parse("x".repeat(101), null, null, null, null, null, null))
                .isInstanceOf(BadRegistryParameter.class).hasMessageContaining("« q »");
    }
}
