package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a structure may do with an action-plan item: answer it, add evidence, mark it done, then nothing. */
class ActionItemTests {

    static final LocalDate DUE = LocalDate.of(2040, 9, 14);

    static ActionItem open() {
        return new ActionItem("NET-01", "Participer aux réunions territoriales", DUE, null, null, null);
    }

    @Test
    void anAnswerKeepsTheResponseAndAddsEvidenceWithoutRepeats() {
        ActionItem answered = open().answer("  Inscrits aux 4 réunions de 2041  ", List.of("https://www.exemple.fr/planning.pdf"))
                .answer("Inscrits aux 4 réunions de 2041", List.of("https://www.exemple.fr/planning.pdf", "compte-rendu.pdf"));

        assertThat(answered.response()).isEqualTo("Inscrits aux 4 réunions de 2041");
        assertThat(answered.evidence()).containsExactly("https://www.exemple.fr/planning.pdf", "compte-rendu.pdf");
        assertThat(answered.isDone()).isFalse();
    }

    @Test
    void markingDoneNeedsAResponseFirst() {
        assertThatThrownBy(() -> open().markDone())
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.RESPONSE_REQUIRED));
        assertThat(open().answer("Fait", List.of()).markDone().status()).isEqualTo(ActionItem.ActionStatus.DONE);
    }

    @Test
    void aDoneItemNoLongerChanges() {
        ActionItem done = open().answer("Fait", List.of()).markDone();

        assertThatThrownBy(() -> done.answer("Autre chose", List.of()))
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.ACTION_ITEM_DONE));
        assertThatThrownBy(done::markDone)
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.ACTION_ITEM_DONE));
    }

    @Test
    void refusesAResponseLongerThanAComment() {
        assertThatThrownBy(() -> open().answer("x".repeat(ActionItem.MAX_RESPONSE_LENGTH + 1), List.of()))
                .isInstanceOfSatisfying(ActionItemRefused.class, refused -> assertThat(refused.code()).isEqualTo(ActionItemRefused.Code.RESPONSE_TOO_LONG));
    }

    @Test
    void isOverdueOnlyWhileOpenAfterItsDueDate() {
        assertThat(open().isOverdueOn(DUE)).isFalse();
        assertThat(open().isOverdueOn(DUE.plusDays(1))).isTrue();
        assertThat(open().answer("Fait", List.of()).markDone().isOverdueOn(DUE.plusDays(1))).isFalse();
    }

    @Test
    void anItemNotLiftedKeepsTheReasonAndGoesBackToTheStructureWhichMayAnswerAgain() {
        LocalDate verified = LocalDate.of(2040, 10, 1);
        ActionItem refused = open().answer("Fait", List.of()).markDone().verified(false, "  Compte rendu illisible  ", verified);

        assertThat(refused.status()).isEqualTo(ActionItem.ActionStatus.NOT_LIFTED);
        assertThat(refused.verdict()).isEqualTo("Compte rendu illisible");
        assertThat(refused.verifiedOn()).isEqualTo(verified);
        assertThat(refused.isDone()).isFalse();
        assertThat(refused.isOverdueOn(DUE.plusDays(1))).as("back in the structure's hands").isTrue();

        ActionItem again = refused.answer("Compte rendu renvoyé", List.of("compte-rendu-2.pdf"));
        assertThat(again.status()).isEqualTo(ActionItem.ActionStatus.OPEN);
        assertThat(again.verdict()).as("the reason stays shown until verified again").isEqualTo("Compte rendu illisible");
    }

    @Test
    void aLiftedItemNoLongerChangesAndARefusalNeedsAReason() {
        assertThatThrownBy(() -> open().verified(false, "Non.", DUE))
                .isInstanceOfSatisfying(ActionItemRefused.class, r -> assertThat(r.code()).isEqualTo(ActionItemRefused.Code.VERDICT_REQUIRED));
        ActionItem lifted = open().answer("Fait", List.of()).markDone().verified(true, null, DUE);
        assertThat(lifted.isLifted()).isTrue();
        assertThat(lifted.verdict()).isNull();
        assertThat(lifted.isOverdueOn(DUE.plusYears(1))).isFalse();
        assertThatThrownBy(() -> lifted.verified(false, "Finalement à revoir", DUE))
                .isInstanceOfSatisfying(ActionItemRefused.class, r -> assertThat(r.code()).isEqualTo(ActionItemRefused.Code.ACTION_ITEM_LIFTED));
        assertThatThrownBy(() -> lifted.answer("Autre chose", List.of()))
                .isInstanceOf(ActionItemRefused.class);
    }
}
