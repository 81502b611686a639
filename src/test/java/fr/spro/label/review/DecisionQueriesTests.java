package fr.spro.label.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which structures have their decision taken, the same whether looked up by id or read in one pass. */
@IntegrationTest
class DecisionQueriesTests {

    static final String CAMPAIGN = "2031";

    @Autowired DecisionQueries queries;
    @Autowired Decisions decisions;

    private final List<String> saved = new ArrayList<>();

    @AfterEach
    void removeWhatWasSaved() {
        decisions.deleteAllById(saved);
    }

    @Test
    void decidedStructuresAreTheSameLookedUpInBatchesOrReadInOnePass() {
        List<String> structureIds = IntStream.rangeClosed(1, 450).mapToObj(i -> "DEC-" + i).toList();
        List<Decision> taken = new ArrayList<>(structureIds.stream().map(id -> DecisionFixture.labelled(id, CAMPAIGN, LocalDate.of(2032, 3, 1))).toList());
        taken.add(DecisionFixture.refused("DEC-OTHER-YEAR", "2030", LocalDate.of(2031, 3, 1)));
        decisions.saveAll(taken);
        taken.forEach(decision -> saved.add(decision.id()));
        List<String> fewer = new ArrayList<>(structureIds.subList(0, 110));
        fewer.addAll(List.of("DEC-OTHER-YEAR", "DEC-UNDECIDED"));
        // As many structures asked about as there are decisions: the one-pass read.
        List<String> asMany = new ArrayList<>(List.of("DEC-7", "DEC-OTHER-YEAR", "DEC-UNDECIDED"));
        asMany.addAll(IntStream.range(0, (int) decisions.count()).mapToObj(i -> "DEC-ABSENT" + i).toList());

        assertThat(queries.decidedAmong(CAMPAIGN, fewer)).as("by batches of ids")
                .containsExactlyInAnyOrderElementsOf(structureIds.subList(0, 110));
        assertThat(queries.decidedAmong(CAMPAIGN, asMany)).as("in one pass").containsExactly("DEC-7");
    }
}
