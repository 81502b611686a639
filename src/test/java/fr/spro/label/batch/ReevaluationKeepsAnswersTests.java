package fr.spro.label.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActionPlans;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A re-run after a new rule set (here one whose only change is its version name) rewrites every
 * evaluation of the campaign, but never the answers a structure gave to the action plan of a
 * confirmed decision: before, the response came back {@code null}.
 */
@IntegrationTest
@ActiveProfiles("demo")
// A context (and database) of its own: these tests change the demo data other classes rely on.
@TestPropertySource(properties = "test.own-context=reevaluation-keeps-answers")
class ReevaluationKeepsAnswersTests {

    @Autowired CampaignJobs jobs;
    @Autowired Decisions decisions;
    @Autowired Evaluations evaluations;
    @Autowired ActionPlans actionPlans;
    @Autowired RuleEngine engine;
    RuleSet bundled;

    @AfterEach
    void bundledRulesAgain() {
        if (bundled != null) {
            engine.activate(bundled);
        }
    }

    @Test
    void theAnswerToAnActionItemSurvivesARerunWithAnotherRuleSet() throws Exception {
        Decision conditional = decisions.findByCampaign("2024").stream()
                .filter(d -> d.decision() == LabelDecision.LABELLISE_SOUS_CONDITIONS)
                .filter(d -> !evaluations.findById(Evaluation.idOf(d.structureId(), "2024")).orElseThrow().actionPlan().isEmpty())
                .findFirst().orElseThrow();
        String structure = conditional.structureId();
        ActionItem item = evaluations.findById(Evaluation.idOf(structure, "2024")).orElseThrow().actionPlan().get(0);
        actionPlans.answer(structure, "2024", item.criterion(), "Inscription de la conseillère référente aux 4 réunions",
                List.of(), false, new Actor(structure.toLowerCase(), "127.0.0.1"));

        bundled = engine.active();
        Map<String, String> renamed = new TreeMap<>(bundled.files());
        renamed.put(Catalogue.PROPERTIES_FILE, renamed.get(Catalogue.PROPERTIES_FILE).replace("version=2025.1", "version=2025.1-essai"));
        engine.activate(engine.compile(renamed));
        JobProgress rerun = jobs.await(jobs.launch("2024", null), Duration.ofMillis(50));

        assertThat(rerun.status()).isEqualTo("COMPLETED");
        Evaluation after = evaluations.findById(Evaluation.idOf(structure, "2024")).orElseThrow();
        assertThat(after.ruleSetVersion()).isEqualTo("2025.1-essai");
        assertThat(after.actionPlan()).anySatisfy(kept -> {
            assertThat(kept.criterion()).isEqualTo(item.criterion());
            assertThat(kept.response()).isEqualTo("Inscription de la conseillère référente aux 4 réunions");
            assertThat(kept.dueOn()).isEqualTo(item.dueOn());
        });
    }
}
