package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evaluations' bounded reads for other modules' lists: summaries, plans, pages, a structure's campaigns. */
@IntegrationTest
class EvaluationSummariesTests {

    static final Instant EVALUATED = Instant.parse("2031-05-06T09:00:00Z");

    @Autowired EvaluationStore store;
    @Autowired Evaluations evaluations;

    @BeforeEach
    void evaluationsOfTwoCampaigns() {
        evaluations.deleteAll();
        List<ActionItem> plan = List.of(BackOfficeFixture.openItem("NET-01", LocalDate.of(2031, 12, 1)));
        evaluations.saveAll(List.of(evaluation("ML-C", "2031", plan), evaluation("ML-A", "2031", plan),
                evaluation("ML-B", "2031", List.of()), evaluation("ML-A", "2030", List.of()), evaluation("ML-A", "2029", List.of())));
    }

    private static Evaluation evaluation(String structureId, String campaign, List<ActionItem> plan) {
        return BackOfficeFixture.evaluation(structureId, campaign, LabelDecision.LABELLISE_SOUS_CONDITIONS, EVALUATED, plan);
    }

    @Test
    void summarisesThoseOfAPageOfStructuresWithoutFindingsNorPlans() {
        List<Evaluation> summaries = store.summariesOf("2031", List.of("ML-A", "ML-C", "ML-NONE"));
        assertThat(summaries).extracting(Evaluation::id).containsExactlyInAnyOrder("ML-A_2031", "ML-C_2031");
        assertThat(summaries).allSatisfy(summary -> {
            assertThat(summary.findings()).isEmpty();
            assertThat(summary.actionPlan()).isEmpty();
            assertThat(summary.proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        });
        assertThat(store.summariesOf("2031", List.of())).isEmpty();
    }

    @Test
    void readsThePlansOfAPageOfStructuresWithoutTheirFindings() {
        List<Evaluation> plans = store.actionPlansOf("2031", List.of("ML-A", "ML-B"));
        assertThat(plans).extracting(Evaluation::id).containsExactlyInAnyOrder("ML-A_2031", "ML-B_2031");
        assertThat(plans).allSatisfy(evaluation -> assertThat(evaluation.findings()).isEmpty());
        assertThat(plans).filteredOn(e -> e.structureId().equals("ML-A")).singleElement()
                .satisfies(e -> assertThat(e.actionPlan()).extracting(ActionItem::criterion).containsExactly("NET-01"));
    }

    @Test
    void handsTheCampaignsSummariesOverAPageAtATimeInIdOrder() {
        List<List<String>> pages = new ArrayList<>();
        store.forEachSummaryPage("2031", 2, page -> {
            assertThat(page).allSatisfy(e -> assertThat(e.findings()).isEmpty());
            pages.add(page.stream().map(Evaluation::id).toList());
        });
        assertThat(pages).containsExactly(List.of("ML-A_2031", "ML-B_2031"), List.of("ML-C_2031"));
    }

    @Test
    void listsTheCampaignsAStructureHasResultsFor() {
        assertThat(store.campaignsOf("ML-A")).containsExactly("2029", "2030", "2031");
        assertThat(store.campaignsOf("ML-NONE")).isEmpty();
    }
}
