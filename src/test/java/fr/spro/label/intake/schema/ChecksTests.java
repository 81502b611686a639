package fr.spro.label.intake.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spro.label.intake.RejectionCode;
import org.junit.jupiter.api.Test;

class ChecksTests {

    @Test
    void siretKeysFollowLuhnExceptForLaPosteWhoseDigitsAddUpToAMultipleOfFive() {
        assertThat(Checks.luhn("81728056931668")).isTrue();
        assertThat(Checks.luhn("81728056931669")).isFalse();
        assertThatCode(() -> Checks.siretChecksum().verify("35600000000001")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Checks.siretChecksum().verify("35600000000002"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo(RejectionCode.SIRET_CHECKSUM));
    }

    @Test
    void webAddressesNeedASchemeAndAHostWithADot() {
        assertThat(Checks.isWebAddress("https://www.ml-jura.fr/contact", false)).isTrue();
        assertThat(Checks.isWebAddress("http://ml-jura.fr", false)).isTrue();
        assertThat(Checks.isWebAddress("http://ml-jura.fr", true)).isFalse();
        assertThat(Checks.isWebAddress("www.ml-jura.fr", false)).isFalse();
        assertThat(Checks.isWebAddress("https://localhost", false)).isFalse();
        assertThat(Checks.isWebAddress("https://exa mple.fr", false)).isFalse();
    }

    @Test
    void rangesIncludeTheirBoundsAndNameThemInTheRefusal() throws Invalid {
        Checks.between(0, 52).verify(52);
        Checks.between(0, 52).verify(0);
        assertThatThrownBy(() -> Checks.between(0, 52).verify(53)).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.at("weeks_closed", "53").details()).containsEntry("min", "0").containsEntry("max", "52"));
    }

    @Test
    void integersAcceptAWholeDecimalButNotAFraction() throws Invalid {
        assertThat(FieldTypes.integer().parse("4.0")).isEqualTo(4);
        assertThat(FieldTypes.integer().parse("-2")).isEqualTo(-2);
        assertThatThrownBy(() -> FieldTypes.integer().parse("4.5")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> FieldTypes.integer().parse("1e3")).isInstanceOf(Invalid.class);
        assertThat(FieldTypes.decimal().parse("37,5")).isEqualTo(37.5);
    }
}
