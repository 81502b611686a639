package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.PdfDocuments;
import fr.spro.label.support.ReportFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CREFOP report on a campaign of its own (2029, compared with 2028): three structures per
 * territory, one of them not evaluated in some territories, decisions for most evaluations.
 */
@ReportsIntegrationTest
class CrefopReportTests {

    private static final String CAMPAIGN = "2029";
    private static final String PREVIOUS = "2028";

    @Autowired
    CrefopReport crefop;
    @Autowired
    Structures structures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Decisions decisions;
    @Autowired
    ActivityReports activity;

    @BeforeEach
    void twoCampaignsOverTheTenTerritories() {
        campaigns.ensure(2028);
        campaigns.ensure(2029);
        if (evaluations.countByCampaign(CAMPAIGN) > 0) {
            return;
        }
        Random random = new Random(2029);
        int n = 0;
        for (Territory territory : Territory.values()) {
            for (int i = 0; i < 3; i++) {
                String id = "CREFOP-" + territory.ordinal() + "-" + i;
                MemberStructure structure = structures.save(ReportFixtures.structure(id, "Structure " + (++n) + " de " + territory.label(),
                        territory, i == 2 ? Network.CIO : Network.MISSION_LOCALE, i == 2 ? Membership.ASSOCIATED : Membership.MEMBER,
                        LocalDate.of(2023, 3, 15)));
                for (String campaign : List.of(PREVIOUS, CAMPAIGN)) {
                    if (campaign.equals(CAMPAIGN) && i == 2 && territory.ordinal() % 3 == 0) {
                        continue;
                    }
                    Evaluation evaluation = evaluations.save(i == 0 ? ReportFixtures.fullyConforme(id, campaign)
                            : ReportFixtures.randomised(id, campaign, random, true));
                    activity.save(ReportFixtures.activity(structure.id(), campaign, 4));
                    if (random.nextInt(5) > 0) {
                        decisions.save(ReportFixtures.confirmed(evaluation, LocalDate.of(Integer.parseInt(campaign) + 1, 3, 1)));
                    }
                }
            }
        }
    }

    @Test
    void theReportNamesTheTenTerritoriesAndItsTotalsAreTheEvaluationsInTheDatabase() {
        String text = PdfDocuments.text(crefop.pdf(CAMPAIGN));

        for (Territory territory : Territory.values()) {
            assertThat(text).contains(territory.label());
        }
        long evaluated = evaluations.countByCampaign(CAMPAIGN);
        assertThat(text).contains("Structures évaluées " + evaluated + " " + evaluations.countByCampaign(PREVIOUS));
        assertThat(text).contains("Rapport régional de conformité — campagne 2029", "Territoire d'Orientation");
    }

    @Test
    void theReportComparesWithThePreviousCampaignAndListsTheStructuresNotEvaluated() {
        String text = PdfDocuments.text(crefop.pdf(CAMPAIGN));

        assertThat(text).contains("Comparaison avec la campagne 2028", "Campagne précédente");
        assertThat(text).contains("Structures non évaluées", "CREFOP-0-2", "Structure 3 de Dijon - Beaune", "CREFOP-9-2");
        assertThat(text).doesNotContain("CREFOP-1-2");
        assertThat(PdfDocuments.fonts(crefop.pdf(CAMPAIGN))).allSatisfy(font -> assertThat(font.embedded()).isTrue());
    }

    @Test
    void theCsvHasARowForTheRegionEachTerritoryAndEachNetworkWithTheSameTotals() throws Exception {
        String csv = new String(crefop.csv(CAMPAIGN), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();

        CSVRecord region = rows.get(0);
        assertThat(region.get("scope")).isEqualTo("REGION");
        assertThat(Long.parseLong(region.get("evaluated"))).isEqualTo(evaluations.countByCampaign(CAMPAIGN));
        List<CSVRecord> territories = rows.stream().filter(r -> r.get("scope").equals("TERRITORY")).toList();
        assertThat(territories).extracting(r -> r.get("label")).containsExactly(
                Arrays.stream(Territory.values()).map(Territory::label).toArray(String[]::new));
        assertThat(territories.get(0).get("not_evaluated_structures"))
                .contains("CREFOP-0-2 Structure 3 de Dijon - Beaune").doesNotContain("CREFOP-0-0", "CREFOP-0-1");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("scope")).isEqualTo("NETWORK");
            assertThat(r.get("code")).isEqualTo("CIO");
        });
        assertThat(region.get("previous_labelled_share_percent")).isNotEmpty();
        assertThat(csv).startsWith("\uFEFFcampaign,scope,code,label,members,associated,evaluated");
    }

    @Test
    void anUnknownCampaignHasNoReport() {
        assertThatThrownBy(() -> crefop.pdf("1990"))
                .isInstanceOfSatisfying(ReportUnavailable.class, e -> assertThat(e.code()).isEqualTo(ReportUnavailable.Code.CAMPAIGN_NOT_FOUND));
    }
}
