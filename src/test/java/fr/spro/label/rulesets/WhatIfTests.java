package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.rulesets.WhatIfReport.Kind;
import fr.spro.label.rulesets.WhatIfReport.StructureChange;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RequestBuilder;
import fr.spro.label.support.RuleSetFixtures;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The what-if: a draft that raises the ACC-03 threshold from 24 h to 30 h a week, tried on campaign
 * 2025's stored data, against evaluations stored with the rules in force.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=rulesets-tests")
class WhatIfTests {

    static final String OPEN_35_HOURS = "WI-35H";
    static final String OPEN_28_HOURS = "WI-28H";
    static final String OPEN_20_HOURS = "WI-20H";
    static final String HOURS_NOT_GIVEN = "WI-NR";
    static final String NEVER_EVALUATED = "WI-NEW";
    static final String REOPENED = "WI-REOPENED";

    @Autowired WhatIf whatIf;
    @Autowired RuleEngine engine;
    @Autowired EvaluationStore evaluationStore;
    @Autowired Structures structures;
    @Autowired SelfAssessments selfAssessments;
    @Autowired ActivityReports activity;
    @Autowired Campaigns campaigns;
    @Autowired MongoTemplate mongo;

    RuleSet draft;

    @BeforeEach
    void campaign2025EvaluatedWithTheRulesInForce() {
        campaigns.ensure(2025);
        store(RuleSetFixtures.conformingMember(OPEN_35_HOURS).figure("opening_hours_per_week", 35.0), true, AssessmentStatus.SUBMITTED);
        store(RuleSetFixtures.conformingMember(OPEN_28_HOURS).figure("opening_hours_per_week", 28.0), true, AssessmentStatus.SUBMITTED);
        store(RuleSetFixtures.conformingMember(OPEN_20_HOURS).figure("opening_hours_per_week", 20.0), true, AssessmentStatus.SUBMITTED);
        store(RuleSetFixtures.conformingMember(HOURS_NOT_GIVEN).figure("opening_hours_per_week", null), true, AssessmentStatus.SUBMITTED);
        store(RuleSetFixtures.conformingMember(NEVER_EVALUATED), false, AssessmentStatus.SUBMITTED);
        store(RuleSetFixtures.conformingMember(REOPENED), true, AssessmentStatus.DRAFT);
        draft = engine.compile(RuleSetFixtures.raisedOpeningHours());
    }

    /** Stores the structure's data as imported; evaluated with the rules in force when asked, as the campaign job would. */
    void store(RequestBuilder builder, boolean evaluated, AssessmentStatus status) {
        EvaluationRequest request = builder.build();
        structures.save(request.structure());
        activity.save(request.activity());
        SelfAssessment answers = request.selfAssessment();
        selfAssessments.save(new SelfAssessment(answers.id(), answers.structureId(), answers.campaign(), status, answers.answers(),
                answers.submittedAt(), answers.updatedAt()));
        if (evaluated) {
            evaluationStore.upsert(engine.evaluate(request));
        } else {
            mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("structureId").is(request.structure().id())), "evaluations");
        }
    }

    WhatIfReport simulate() {
        return whatIf.simulate(draft, engine.active().version(), "2025");
    }

    static StructureChange change(WhatIfReport report, String structureId) {
        return report.shown().stream().filter(c -> c.structureId().equals(structureId)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + structureId));
    }

    @Test
    void showsTheProposalThatWouldChangeAndTheFindingBehindIt() {
        StructureChange change = change(simulate(), OPEN_28_HOURS);

        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.proposalBefore()).isEqualTo(LabelDecision.LABELLISE);
        assertThat(change.proposalAfter()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(change.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.criterion()).isEqualTo("ACC-03");
            assertThat(finding.before()).isEqualTo(Outcome.CONFORME);
            assertThat(finding.after()).isEqualTo(Outcome.NC_MINEURE);
            assertThat(finding.explanationAfter()).contains("seuil de conformité 30 h");
        });
    }

    @Test
    void showsAFindingWhoseExplanationAloneWouldChange() {
        StructureChange change = change(simulate(), OPEN_35_HOURS);

        assertThat(change.proposalChanges()).isFalse();
        assertThat(change.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.outcomeChanges()).isFalse();
            assertThat(finding.explanationBefore()).contains("24 h");
            assertThat(finding.explanationAfter()).contains("30 h");
        });
    }

    @Test
    void countsEveryStructureAndTellsNewAndNoLongerEvaluatedOnesApart() {
        WhatIfReport report = simulate();

        assertThat(report.campaign()).isEqualTo("2025");
        assertThat(report.draftVersion()).isEqualTo(RuleSetFixtures.RAISED_VERSION);
        assertThat(report.simulated()).as("submitted self-assessments only").isEqualTo(5);
        assertThat(report.unchanged()).as(HOURS_NOT_GIVEN).isEqualTo(1);
        assertThat(report.changed()).isEqualTo(5);
        assertThat(report.proposalsChanged()).isEqualTo(3);
        assertThat(report.findingsChanged()).isEqualTo(3);
        assertThat(report.storedVersions()).containsExactly("2025.1");
        assertThat(change(report, NEVER_EVALUATED).kind()).isEqualTo(Kind.NEW);
        assertThat(change(report, REOPENED).kind()).isEqualTo(Kind.NO_LONGER_EVALUATED);
        assertThat(report.proposals()).extracting(WhatIfReport.ProposalShift::before, WhatIfReport.ProposalShift::after,
                WhatIfReport.ProposalShift::structures).contains(org.assertj.core.groups.Tuple.tuple(
                        LabelDecision.LABELLISE, LabelDecision.LABELLISE_SOUS_CONDITIONS, 1));
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void storesNothing() {
        Map<String, List<Document>> before = everything();

        simulate();

        assertThat(everything()).isEqualTo(before);
        assertThat(engine.active().version()).isEqualTo("2025.1");
    }

    @Test
    void refusesACampaignThatDoesNotExist() {
        assertThatThrownBy(() -> whatIf.simulate(draft, "2025.1", "1999")).isInstanceOf(UnknownCampaign.class);
    }

    @Test
    void offersTheCampaignsThatHoldEvaluations() {
        campaigns.ensure(2031);
        assertThat(whatIf.pastCampaigns()).extracting(c -> c.id()).contains("2025").doesNotContain("2031");
    }

    /** Every document of every collection, to compare before and after. */
    Map<String, List<Document>> everything() {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String collection : new java.util.TreeSet<>(mongo.getCollectionNames())) {
            all.put(collection, mongo.findAll(Document.class, collection));
        }
        return all;
    }
}
