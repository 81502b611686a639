package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.spro.label.support.BackOfficeFixture;
import org.junit.jupiter.api.Test;

/** How an action-plan item is followed up on a given day. */
class FollowUpTests {

    static final LocalDate TODAY = LocalDate.of(2031, 6, 15);

    @Test
    void anItemPastItsDueDateAndNotDoneIsOverdueEvenWhenAnswered() {
        assertThat(FollowUp.of(BackOfficeFixture.openItem("NET-01", TODAY.minusDays(1)), TODAY)).isEqualTo(FollowUp.OVERDUE);
        assertThat(FollowUp.of(BackOfficeFixture.answeredItem("NET-01", TODAY.minusDays(1), "En cours"), TODAY))
                .isEqualTo(FollowUp.OVERDUE);
    }

    @Test
    void anItemDueTodayIsNotOverdueYet() {
        assertThat(FollowUp.of(BackOfficeFixture.openItem("NET-01", TODAY), TODAY)).isEqualTo(FollowUp.TO_DO);
    }

    @Test
    void anAnsweredItemNotDueYetIsAnswered() {
        assertThat(FollowUp.of(BackOfficeFixture.answeredItem("NET-01", TODAY.plusDays(30), "Réunions planifiées"), TODAY))
                .isEqualTo(FollowUp.ANSWERED);
    }

    @Test
    void aDoneItemIsDoneWhateverItsDueDate() {
        assertThat(FollowUp.of(BackOfficeFixture.doneItem("NET-01", TODAY.minusDays(90)), TODAY)).isEqualTo(FollowUp.DONE);
    }

    @Test
    void anItemWithoutDueDateIsNeverOverdue() {
        assertThat(FollowUp.of(BackOfficeFixture.openItem("NET-01", null), TODAY)).isEqualTo(FollowUp.TO_DO);
    }
}
