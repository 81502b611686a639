package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decisions;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code evaluate --out}'s evaluations file, over more evaluations than two pages hold: every
 * evaluation once, in id order, each with the decision of its own page.
 */
@IntegrationTest
@TestPropertySource(properties = "test.own-context=campaign-export")
class CampaignExportTests {

    static final String CAMPAIGN = "2032";
    static final int EVALUATIONS = 2 * CampaignExport.PAGE + 1;

    @Autowired CampaignExport export;
    @Autowired Campaigns campaigns;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;
    @Autowired ObjectMapper json;
    @TempDir Path out;

    @Test
    void writesEveryEvaluationOfEveryPageWithItsDecision() {
        CampaignFixture.open(campaigns, 2032);
        List<String> ids = IntStream.range(0, EVALUATIONS).mapToObj(i -> "ML-%04d".formatted(i)).toList();
        evaluations.saveAll(ids.stream().map(id -> BackOfficeFixture.evaluation(id, CAMPAIGN, LabelDecision.LABELLISE_SOUS_CONDITIONS,
                Instant.parse("2032-11-05T09:00:00Z"), List.of())).toList());
        String firstPage = ids.get(0);
        String lastPage = ids.get(EVALUATIONS - 1);
        decisions.saveAll(List.of(DecisionFixture.refused(firstPage, CAMPAIGN, LocalDate.of(2032, 11, 20)),
                DecisionFixture.labelled(lastPage, CAMPAIGN, LocalDate.of(2032, 11, 21))));

        Path file = out.resolve("evaluations-2032.json");
        export.writeEvaluations(CAMPAIGN, file);

        JsonNode written = json.readTree(file.toFile());
        List<String> structures = new ArrayList<>();
        written.forEach(evaluation -> structures.add(evaluation.get("structureId").asString()));
        assertThat(structures).as("every evaluation once, in order, across three pages").containsExactlyElementsOf(ids);
        assertThat(written.get(0).get("decision").asString()).isEqualTo("REFUSE");
        assertThat(written.get(EVALUATIONS - 1).get("decision").asString()).isEqualTo("LABELLISE");
        assertThat(written.get(CampaignExport.PAGE).get("decision").isNull()).as("undecided, on the second page").isTrue();
        assertThat(written.get(CampaignExport.PAGE).get("findings")).hasSize(2);
    }
}
