package fr.spro.label.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActionItemRefused;
import fr.spro.label.evaluation.ActionPlans;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.registry.Registry;
import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.registry.RegistryStatus;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The follow-up of items both ways ({@code procedure.md}, "Follow-up of action items"): the
 * structure answers, the officer lifts or refuses with a reason the structure reads; the last item
 * lifted lifts the conditions (same end of validity) or the suspension (back to the state before).
 * The application's day is 1 March 2027 ({@code --clock}).
 */
@IntegrationTest
@TestPropertySource(properties = {"test.own-context=follow-up-scenarios", "clock=2027-03-01"})
class FollowUpScenarioTests {

    static final Actor OFFICER = new Actor("c.martin", "127.0.0.1");
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Autowired ApplicationContext context;
    @Autowired Structures structures;
    @Autowired Review review;
    @Autowired PlanVerification verification;
    @Autowired ActionPlans plans;
    @Autowired EvaluationStore evaluations;
    @Autowired Registry registry;
    @Autowired Journal journal;

    private void decide(String id, String campaign, LabelDecision proposal, LocalDate on, List<Finding> findings, List<ActionItem> plan) {
        structures.save(StructureFixture.member(id, "Mission locale " + id, "21000", "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE));
        Evaluation base = BackOfficeFixture.evaluation(id, campaign, proposal, Instant.parse(campaign + "-12-31T10:00:00Z"), plan);
        Evaluation evaluation = findings == null ? base : new Evaluation(base.id(), id, campaign, base.ruleSetVersion(), base.compliance(),
                proposal, base.scores(), findings, plan, base.evaluatedAt(), false, null);
        CurrentEvaluationFixture.saveCurrent(context, evaluation);
        review.decide(id, campaign, null, null, OFFICER, on);
    }

    private Actor structureAccount(String id) {
        return new Actor(id.toLowerCase(), "127.0.0.1");
    }

    @Test
    void conditionsLiftedItemByItemGrantTheLabelInFullUntilTheSameDate() {
        String id = "ML-CONDITIONS";
        decide(id, "2025", LabelDecision.LABELLISE_SOUS_CONDITIONS, LocalDate.of(2026, 2, 1), null, List.of(
                BackOfficeFixture.openItem("NET-01", null), BackOfficeFixture.openItem("PRO-02", null)));
        assertThat(registry.find(id).orElseThrow().dueBy()).isEqualTo(LocalDate.of(2026, 8, 1));

        plans.answer(id, "2025", "NET-01", "Participation aux quatre réunions depuis mars.", List.of("compte-rendu.pdf"), true, structureAccount(id));
        PlanVerification.Verified refused = verification.verify(id, "2025", "NET-01", false, "Compte rendu illisible, merci de le renvoyer.", OFFICER);
        assertThat(refused.completed()).isEmpty();
        ActionItem seen = evaluations.find(id, "2025").orElseThrow().actionPlan().get(0);
        assertThat(seen.status()).as("the structure sees the same status").isEqualTo(ActionItem.ActionStatus.NOT_LIFTED);
        assertThat(seen.verdict()).isEqualTo("Compte rendu illisible, merci de le renvoyer.");
        assertThat(seen.verifiedOn()).isEqualTo(TODAY);

        plans.answer(id, "2025", "NET-01", "Compte rendu renvoyé, lisible.", List.of("compte-rendu-2.pdf"), true, structureAccount(id));
        assertThat(verification.verify(id, "2025", "NET-01", true, null, OFFICER).completed()).isEmpty();
        assertThat(registry.find(id).orElseThrow().status()).as("one item left").isEqualTo(RegistryStatus.LABELLISE_SOUS_CONDITIONS);

        plans.answer(id, "2025", "PRO-02", "Trois webinaires suivis.", List.of(), true, structureAccount(id));
        assertThat(verification.verify(id, "2025", "PRO-02", true, null, OFFICER).completed()).contains(LabelAct.Kind.CONDITIONS_LIFTED);

        RegistryEntry entry = registry.find(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(RegistryStatus.LABELLISE);
        assertThat(entry.since()).isEqualTo(TODAY);
        assertThat(entry.validUntil()).as("same end of validity").isEqualTo(LocalDate.of(2029, 2, 1));
        assertThat(entry.dueBy()).isNull();
        assertThat(journal.latest(JournalAction.CONDITIONS_LIFTED, 5)).extracting(JournalEntry::subject).contains(id + "/2025");
        assertThat(journal.latest(JournalAction.ACTION_ITEM_NOT_LIFTED, 5)).extracting(JournalEntry::after)
                .anySatisfy(after -> assertThat(after).contains("Compte rendu illisible"));
        assertThatThrownBy(() -> verification.verify(id, "2025", "PRO-02", false, "Finalement non, à revoir.", OFFICER))
                .isInstanceOfSatisfying(ActionItemRefused.class, r -> assertThat(r.code()).isEqualTo(ActionItemRefused.Code.ACTION_ITEM_LIFTED));
    }

    @Test
    void anItemIsNotRefusedWithoutAReasonTheStructureCanActOn() {
        String id = "ML-MOTIF";
        decide(id, "2025", LabelDecision.LABELLISE_SOUS_CONDITIONS, LocalDate.of(2026, 2, 1), null,
                List.of(BackOfficeFixture.openItem("NET-01", null)));
        assertThatThrownBy(() -> verification.verify(id, "2025", "NET-01", false, "Non.", OFFICER))
                .isInstanceOfSatisfying(ActionItemRefused.class, r -> assertThat(r.code()).isEqualTo(ActionItemRefused.Code.VERDICT_REQUIRED));
        assertThat(evaluations.find(id, "2025").orElseThrow().actionPlan().get(0).status()).isEqualTo(ActionItem.ActionStatus.OPEN);
    }

    @Test
    void correctionsLiftedEndTheSuspensionBackToTheLabelBefore() {
        String id = "ML-SUSPENDUE";
        decide(id, "2024", LabelDecision.LABELLISE, LocalDate.of(2025, 2, 10), null, List.of());
        decide(id, "2025", LabelDecision.SUSPENDU, LocalDate.of(2026, 12, 1),
                List.of(new Finding("ACC-01", "ACC", Outcome.NC_MAJEURE, "Services payants", Map.of(), List.of())), List.of());
        assertThat(registry.find(id).orElseThrow().status()).isEqualTo(RegistryStatus.SUSPENDU);
        assertThat(registry.find(id).orElseThrow().dueBy()).isEqualTo(LocalDate.of(2027, 3, 1));

        plans.answer(id, "2025", "ACC-01", "Gratuité rétablie, délibération jointe.", List.of("deliberation.pdf"), true, structureAccount(id));
        assertThat(verification.verify(id, "2025", "ACC-01", true, null, OFFICER).completed()).contains(LabelAct.Kind.SUSPENSION_LIFTED);

        RegistryEntry entry = registry.find(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(RegistryStatus.LABELLISE);
        assertThat(entry.validUntil()).isEqualTo(LocalDate.of(2028, 2, 10));
        assertThat(entry.history()).extracting(h -> h.status()).containsSubsequence(RegistryStatus.LABELLISE, RegistryStatus.SUSPENDU,
                RegistryStatus.LABELLISE);
    }

    @Test
    void aDecisionThatOpensNoItemsHasNothingToLift() {
        String id = "ML-LABELLISEE";
        decide(id, "2025", LabelDecision.LABELLISE, LocalDate.of(2026, 2, 1), null, List.of());
        assertThatThrownBy(() -> verification.verify(id, "2025", "NET-01", true, null, OFFICER))
                .isInstanceOfSatisfying(DecisionRefused.class, r -> assertThat(r.code()).isEqualTo(DecisionRefused.Code.NO_PLAN_IN_FORCE));
    }
}
