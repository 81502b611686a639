package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RuleFixtures;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@IntegrationTest
class EvaluationStoreTests {

    @Autowired EvaluationStore store;
    @Autowired MongoTemplate mongo;
    @Autowired RuleEngine engine;

    /** Findings of every kind: inputs with nulls, decimals, dates, lists; an action plan. */
    private static Evaluation anEvaluation() {
        return RuleFixtures.evaluate(aConformingMember().answer("global_situation_diagnosis", false)
                .figure("opening_hours_per_week", null).figure("weeks_closed", 5).unanswered("remote_channel"));
    }

    @Test
    void storesAnEvaluationThatReadsBackEqual() {
        Evaluation evaluation = anEvaluation();
        store.upsert(evaluation);
        assertThat(store.find("ML-DIJON", "2025")).contains(evaluation);
    }

    @Test
    void storingTwiceOrReEvaluatingKeepsOneEvaluationPerStructureAndCampaign() {
        store.upsert(anEvaluation());
        store.upsert(anEvaluation());
        Evaluation reEvaluated = RuleFixtures.evaluate(aConformingMember());
        store.upsert(reEvaluated);
        assertThat(mongo.count(Query.query(Criteria.where("structureId").is("ML-DIJON").and("campaign").is("2025")), Evaluation.class))
                .isEqualTo(1);
        assertThat(store.find("ML-DIJON", "2025")).contains(reEvaluated);
    }

    @Test
    void keepsTheShapeOfTheEvaluationObjectOfTheInterfaces() {
        store.upsert(anEvaluation());
        Document stored = mongo.getCollection("evaluations").find(new Document("_id", "ML-DIJON_2025")).first();
        assertThat(stored).containsKeys("structureId", "campaign", "ruleSetVersion", "compliance", "proposal", "scores", "findings");
        assertThat(stored.get("scores", Document.class)).containsKeys("ACC", "NEU", "overall");
        Document finding = stored.getList("findings", Document.class).get(0);
        assertThat(finding).containsKeys("criterion", "outcome", "explanation", "inputs");
        assertThat(finding.getString("criterion")).isEqualTo("ACC-01");
    }

    @Test
    void tellsWhenAReEvaluationWouldChangeNothing() {
        Evaluation first = anEvaluation();
        store.upsert(first);
        assertThat(store.isUnchanged(anEvaluation())).isTrue();
        assertThat(store.isUnchanged(RuleFixtures.evaluate(aConformingMember()))).isFalse();
        assertThat(store.isUnchanged(RuleFixtures.evaluate(RuleFixtures.aConformingAssociated()))).isFalse();
    }

    @Test
    void refusesAnEvaluationWhoseIdIsNotItsNaturalKey() {
        Evaluation evaluation = anEvaluation();
        Evaluation renamed = new Evaluation("other", evaluation.structureId(), evaluation.campaign(), evaluation.ruleSetVersion(),
                evaluation.compliance(), evaluation.proposal(), evaluation.scores(), evaluation.findings(), evaluation.actionPlan(),
                evaluation.evaluatedAt(), false, evaluation.inputsDigest());
        assertThatThrownBy(() -> store.upsert(renamed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ML-DIJON_2025");
    }

    @Test
    void theApplicationEvaluatesWithTheBundledReferential() {
        assertThat(engine.catalogue().version()).isEqualTo("2025.1");
        assertThat(engine.active().catalogue().criteria()).hasSize(28);
        assertThat(engine.evaluate(aConformingMember().build()).findings()).hasSize(28);
    }
}
