package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.registry.Registry;
import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who holds the label in the CREFOP report is what the public registry says: one label timeline
 * (a refusal or an adjournment leaves a label in force as it is, a suspension does not). Campaigns
 * 2016 to 2020, used by no other reports test, so the territories' figures are these structures'.
 * Labels still in force are stored valid beyond today, so the registry of today shows what the
 * campaign 2020 left.
 */
@ReportsIntegrationTest
class CrefopLabelHoldersTests {

    static final String CAMPAIGN = "2020";
    static final LocalDate GRANTED_IN_2019 = LocalDate.of(2020, 3, 2);
    static final LocalDate DECIDED_IN_2020 = LocalDate.of(2021, 2, 1);

    @Autowired CrefopReport crefop;
    @Autowired Registry registry;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;
    @Autowired ActivityReports activity;
    @Autowired Clock clock;

    LocalDate stillValid;

    @BeforeEach
    void campaigns() {
        campaigns.ensure(2016);
        campaigns.ensure(2019);
        campaigns.ensure(2020);
        stillValid = LocalDate.now(clock).plusYears(1);
    }

    @Test
    void aLabelFollowedByAnAdjournmentOrARefusalStillCountsAsTheRegistryShowsIt() {
        List<String> jura = List.of("HOLD-AJOURNE", "HOLD-REFUSE", "HOLD-GRANTED-2020", "HOLD-SUSPENDU");
        evaluatedIn2020(jura, Territory.JURA);
        decided(grant("HOLD-AJOURNE", "2019", LabelDecision.LABELLISE, GRANTED_IN_2019),
                DecisionFixture.decision("HOLD-AJOURNE", CAMPAIGN, LabelDecision.AJOURNE, DECIDED_IN_2020, null),
                grant("HOLD-REFUSE", "2019", LabelDecision.LABELLISE_SOUS_CONDITIONS, GRANTED_IN_2019),
                DecisionFixture.refused("HOLD-REFUSE", CAMPAIGN, DECIDED_IN_2020),
                grant("HOLD-GRANTED-2020", CAMPAIGN, LabelDecision.LABELLISE, DECIDED_IN_2020),
                grant("HOLD-SUSPENDU", "2019", LabelDecision.LABELLISE, GRANTED_IN_2019),
                DecisionFixture.suspended("HOLD-SUSPENDU", CAMPAIGN, DECIDED_IN_2020));

        CrefopFigures.Scope figures = territory(Territory.JURA);

        assertThat(publicStatuses(jura)).containsExactly(RegistryStatus.LABELLISE, RegistryStatus.LABELLISE_SOUS_CONDITIONS,
                RegistryStatus.LABELLISE, RegistryStatus.SUSPENDU);
        assertThat(figures.eligible()).isEqualTo(4);
        assertThat(figures.labelled()).isEqualTo(holdingTheLabelInTheRegistry(jura)).isEqualTo(3);
        assertThat(figures.labelledShare()).isEqualTo(0.75);
        assertThat(figures.territoireOrientation()).isTrue();
    }

    @Test
    void aLabelExpiredByTheReferenceDateDoesNotCountAndOneStillValidWithoutADecisionThisCampaignDoes() {
        List<String> yonne = List.of("HOLD-EXPIRED", "HOLD-NOT-REVIEWED");
        evaluatedIn2020(yonne, Territory.YONNE);
        decided(DecisionFixture.decision("HOLD-EXPIRED", "2016", LabelDecision.LABELLISE, LocalDate.of(2017, 3, 1), LocalDate.of(2020, 3, 1)),
                DecisionFixture.decision("HOLD-EXPIRED", CAMPAIGN, LabelDecision.AJOURNE, DECIDED_IN_2020, null),
                grant("HOLD-NOT-REVIEWED", "2019", LabelDecision.LABELLISE, GRANTED_IN_2019));

        CrefopFigures.Scope figures = territory(Territory.YONNE);

        assertThat(publicStatuses(yonne)).containsExactly(RegistryStatus.EXPIRE, RegistryStatus.LABELLISE);
        assertThat(figures.eligible()).isEqualTo(2);
        assertThat(figures.labelled()).isEqualTo(holdingTheLabelInTheRegistry(yonne)).isEqualTo(1);
        assertThat(figures.pending()).isEqualTo(1);
    }

    private void evaluatedIn2020(List<String> ids, Territory territory) {
        for (String id : ids) {
            structures.save(ReportFixtures.structure(id, "Structure " + id, territory, Network.MISSION_LOCALE, Membership.MEMBER,
                    LocalDate.of(2018, 6, 1)));
            evaluations.save(ReportFixtures.fullyConforme(id, CAMPAIGN));
            activity.save(ReportFixtures.activity(id, CAMPAIGN, 4));
        }
    }

    private Decision grant(String structureId, String campaign, LabelDecision decision, LocalDate decidedOn) {
        return DecisionFixture.decision(structureId, campaign, decision, decidedOn, stillValid);
    }

    private void decided(Decision... taken) {
        decisions.saveAll(List.of(taken));
        Arrays.stream(taken).map(Decision::structureId).distinct().forEach(registry::refresh);
    }

    private List<RegistryStatus> publicStatuses(List<String> ids) {
        return ids.stream().map(id -> registry.find(id).map(RegistryEntry::status).orElse(null)).toList();
    }

    private int holdingTheLabelInTheRegistry(List<String> ids) {
        return (int) publicStatuses(ids).stream()
                .filter(status -> status == RegistryStatus.LABELLISE || status == RegistryStatus.LABELLISE_SOUS_CONDITIONS).count();
    }

    private CrefopFigures.Scope territory(Territory territory) {
        return crefop.figures(CAMPAIGN).current().territories().stream()
                .filter(scope -> scope.code().equals(territory.name())).findFirst().orElseThrow();
    }
}
