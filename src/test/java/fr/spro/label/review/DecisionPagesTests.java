package fr.spro.label.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decisions' bounded reads: those of a page of structures, and pages of one kind of decision. */
@IntegrationTest
class DecisionPagesTests {

    static final LocalDate DECIDED = LocalDate.of(2031, 6, 1);

    @Autowired DecisionQueries queries;
    @Autowired Decisions decisions;

    @BeforeEach
    void decisionsOfTwoCampaigns() {
        decisions.deleteAll();
        decisions.saveAll(List.of(DecisionFixture.labelledUnderConditions("ML-A", "2031", DECIDED),
                DecisionFixture.labelledUnderConditions("ML-B", "2031", DECIDED),
                DecisionFixture.labelled("ML-C", "2031", DECIDED),
                DecisionFixture.labelledUnderConditions("ML-A", "2030", DECIDED.minusYears(1)),
                DecisionFixture.labelledUnderConditions("ML-D", "2031", DECIDED)));
    }

    private List<List<String>> pages(String campaign, int pageSize) {
        List<List<String>> pages = new ArrayList<>();
        queries.forEachPageDeciding(LabelDecision.LABELLISE_SOUS_CONDITIONS, campaign, pageSize,
                page -> pages.add(page.stream().map(Decision::id).toList()));
        return pages;
    }

    @Test
    void readsTheDecisionsOfAPageOfStructuresForOneCampaign() {
        assertThat(queries.ofStructures("2031", List.of("ML-A", "ML-C", "ML-UNDECIDED")).stream().map(Decision::id))
                .containsExactlyInAnyOrder("ML-A_2031", "ML-C_2031");
        assertThat(queries.ofStructures("2031", List.of())).isEmpty();
    }

    @Test
    void handsOneKindOfDecisionOverAPageAtATimeInIdOrderAcrossCampaigns() {
        assertThat(pages(null, 2)).containsExactly(List.of("ML-A_2030", "ML-A_2031"), List.of("ML-B_2031", "ML-D_2031"));
    }

    @Test
    void handsOverOnlyTheCampaignsOwnWhenOneIsNamed() {
        assertThat(pages("2031", 2)).containsExactly(List.of("ML-A_2031", "ML-B_2031"), List.of("ML-D_2031"));
        assertThat(pages("2029", 2)).isEmpty();
    }
}
