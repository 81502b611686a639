package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.journal.Actor;
import fr.spro.label.support.RuleSetFixtures;
import fr.spro.label.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The rule set in force is one version shared by every instance on the database: activated on
 * one, it is the one the other's campaign job evaluates with and whose referential (thresholds,
 * validity) its pages and CREFOP figures read — without a restart.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("demo")
@TestPropertySource(properties = "test.own-context=rule-set-across-instances")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleSetAcrossInstancesTests {

    @Autowired Environment firstEnvironment;
    @Autowired RuleSets firstRuleSets;
    @Autowired RuleEngine firstEngine;
    @Autowired EvaluationStore evaluations;

    ConfigurableApplicationContext second;

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() {
        second = new SpringApplicationBuilder(TerritoireOrientationApplication.class)
                .run("--spring.mongodb.uri=" + firstEnvironment.getProperty("spring.mongodb.uri"),
                        "--spring.mongodb.database=" + firstEnvironment.getProperty("spring.mongodb.database"),
                        "--server.port=0", "--spring.application.name=second-instance");
    }

    @AfterAll
    void stopTheSecondInstance() {
        second.close();
    }

    @Test
    void aRuleSetActivatedOnOneInstanceIsTheOneTheOtherEvaluatesWithAndReadsItsReferentialFrom() throws Exception {
        RuleEngine secondEngine = second.getBean(RuleEngine.class);
        String bundled = secondEngine.active().version();
        Actor officer = new Actor("officier-test", "127.0.0.1");
        RuleSetDraft draft = firstRuleSets.upload(RuleSetsTests.zipOf(RuleSetFixtures.raisedOpeningHours()), officer);
        firstRuleSets.activate(draft.id(), officer);
        assertThat(firstEngine.active().version()).isEqualTo(RuleSetFixtures.RAISED_VERSION).isNotEqualTo(bundled);
        assertThat(secondEngine.active().version()).as("not yet looked at the shared store").isEqualTo(bundled);

        Thread.sleep(RuleEngine.CATALOGUE_RECHECK.toMillis() + 100);
        assertThat(second.getBean(ActiveReferential.class).catalogue().version())
                .as("the referential the other instance's pages and CREFOP figures read").isEqualTo(RuleSetFixtures.RAISED_VERSION);

        CampaignJobs secondJobs = second.getBean(CampaignJobs.class);
        long job = secondJobs.launch("2025", null);
        assertThat(secondJobs.await(job, Duration.ofMillis(50)).status()).isEqualTo("COMPLETED");
        List<String> versions = new ArrayList<>();
        evaluations.forEachSummaryPage("2025", 500, page -> page.forEach(e -> versions.add(e.ruleSetVersion())));
        assertThat(versions).as("every evaluation of the job run on the other instance").isNotEmpty()
                .containsOnly(RuleSetFixtures.RAISED_VERSION);
    }
}
