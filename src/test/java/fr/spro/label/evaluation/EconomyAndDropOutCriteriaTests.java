package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingAssociated;
import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.referential.Outcome;
import fr.spro.label.structure.Network;
import fr.spro.label.support.RequestBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** ECO - Ouverture au monde économique; DEC - Décrochage. */
class EconomyAndDropOutCriteriaTests {

    @ParameterizedTest(name = "ECO-01 membre, {0} actions avec les entreprises : {1}")
    @CsvSource(nullValues = "-", value = {"1, CONFORME", "7, CONFORME", "0, NC_MINEURE", "-, NC_MINEURE"})
    void ECO_01_atLeastOneActionWithCompanies(Integer events, Outcome expected) {
        assertThat(finding("ECO-01", aConformingMember().figure("company_events", events)).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ECO-01 membre associé, {0} actions : non applicable")
    @CsvSource(nullValues = "-", value = {"0", "-"})
    void ECO_01_notApplicableToAssociatedMembers(Integer events) {
        assertThat(finding("ECO-01", aConformingAssociated().figure("company_events", events)).outcome())
                .isEqualTo(Outcome.NON_APPLICABLE);
    }

    @ParameterizedTest(name = "DEC-01 réseau {0}, psad_participation={1} : {2}")
    @CsvSource(nullValues = "-", value = {
            "MISSION_LOCALE, true, CONFORME", "MISSION_LOCALE, false, NC_MINEURE", "MISSION_LOCALE, -, NC_MINEURE",
            "CIO, true, CONFORME", "CIO, false, NC_MINEURE",
            "INFORMATION_JEUNESSE, true, CONFORME", "INFORMATION_JEUNESSE, false, NC_MINEURE"})
    void DEC_01_dropOutPlatformsForTheNetworksConcerned(Network network, Boolean participates, Outcome expected) {
        RequestBuilder request = aConformingMember().network(network);
        request = participates == null ? request.unanswered("psad_participation") : request.answer("psad_participation", participates);
        assertThat(finding("DEC-01", request).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "DEC-01 réseau {0} : non applicable")
    @EnumSource(value = Network.class, names = {"MISSION_LOCALE", "CIO", "INFORMATION_JEUNESSE"}, mode = EnumSource.Mode.EXCLUDE)
    void DEC_01_notApplicableToOtherNetworks(Network network) {
        Finding finding = finding("DEC-01", aConformingMember().network(network).answer("psad_participation", false));
        assertThat(finding.outcome()).isEqualTo(Outcome.NON_APPLICABLE);
        assertThat(finding.inputs()).containsEntry("network", network.name());
    }
}
