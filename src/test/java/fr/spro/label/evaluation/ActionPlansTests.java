package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Answers to an action plan are written to their one item of the stored evaluation, and journaled. */
@IntegrationTest
class ActionPlansTests {

    static final String STRUCTURE = "AP-SUIVI";
    static final String CAMPAIGN = "2040";

    @Autowired ActionPlans actionPlans;
    @Autowired Evaluations evaluations;
    @Autowired Journal journal;

    @BeforeEach
    void evaluationWithTwoItems() {
        LocalDate due = LocalDate.of(2041, 3, 1);
        evaluations.save(new Evaluation(Evaluation.idOf(STRUCTURE, CAMPAIGN), STRUCTURE, CAMPAIGN, "2025.1",
                Compliance.PARTIELLEMENT_CONFORME, LabelDecision.LABELLISE_SOUS_CONDITIONS, Map.of("overall", 90.0),
                List.of(new Finding("NET-01", "NET", Outcome.NC_MINEURE, "Participation à 2 réunions territoriales sur 4 (50 %)", Map.of(), List.of())),
                List.of(new ActionItem("NET-01", "Participer aux réunions", due, null, null, null),
                        new ActionItem("QUA-01", "Élargir l'enquête de satisfaction", due, null, null, null)),
                Instant.parse("2040-12-01T10:00:00Z"), false, "digest"));
    }

    List<ActionItem> plan() {
        return evaluations.findById(Evaluation.idOf(STRUCTURE, CAMPAIGN)).orElseThrow().actionPlan();
    }

    @Test
    void recordsTheResponseAndEvidenceOfOneItemOnly() {
        actionPlans.answer(STRUCTURE, CAMPAIGN, "QUA-01", "Enquête envoyée à 300 usagers", List.of("https://www.exemple.fr/enquete.pdf"),
                false, new Actor("ml-suivi", "192.0.2.4"));

        assertThat(plan().get(1).response()).isEqualTo("Enquête envoyée à 300 usagers");
        assertThat(plan().get(1).evidence()).containsExactly("https://www.exemple.fr/enquete.pdf");
        assertThat(plan().get(1).status()).isEqualTo(ActionItem.ActionStatus.OPEN);
        assertThat(plan().get(0).response()).isNull();
        assertThat(plan().get(0).dueOn()).isEqualTo(LocalDate.of(2041, 3, 1));
        assertThat(journal.latest(JournalAction.ACTION_ITEM_ANSWERED, 1)).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).isEqualTo(STRUCTURE + "/" + CAMPAIGN + "/QUA-01"));
    }

    @Test
    void marksAnItemDoneWithItsResponseInOneGoThenRefusesAnyChange() {
        actionPlans.answer(STRUCTURE, CAMPAIGN, "NET-01", "Présents aux 4 réunions", List.of(), true, new Actor("ml-suivi", null));

        assertThat(plan().get(0).status()).isEqualTo(ActionItem.ActionStatus.DONE);
        assertThat(journal.latest(JournalAction.ACTION_ITEM_DONE, 1)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("DONE"));
        assertThatThrownBy(() -> actionPlans.answer(STRUCTURE, CAMPAIGN, "NET-01", "Autre", List.of(), false, new Actor("ml-suivi", null)))
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.ACTION_ITEM_DONE));
        assertThat(plan().get(0).response()).isEqualTo("Présents aux 4 réunions");
    }

    @Test
    void refusesAnItemThatIsNotInThePlan() {
        assertThatThrownBy(() -> actionPlans.answer(STRUCTURE, CAMPAIGN, "ACC-01", "Fait", List.of(), false, new Actor("ml-suivi", null)))
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.UNKNOWN_ACTION_ITEM));
        assertThatThrownBy(() -> actionPlans.answer("AUTRE", CAMPAIGN, "NET-01", "Fait", List.of(), false, new Actor("ml-suivi", null)))
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.UNKNOWN_ACTION_ITEM));
    }
}
