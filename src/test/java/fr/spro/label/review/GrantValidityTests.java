package fr.spro.label.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import fr.spro.label.referential.LabelDecision;
import fr.spro.label.support.DecisionFixture;
import org.junit.jupiter.api.Test;

/** The edges of the decision table: the renewal window's first day, a label ending on the 29th of February, the waiting period's last day. */
class GrantValidityTests {

    static LabelStanding.Standing labelUntil(LocalDate end) {
        return new LabelStanding.Standing(Optional.of(end), Optional.empty());
    }

    @Test
    void theRenewalWindowOpensTwelveMonthsBeforeTheEnd() {
        LocalDate end = LocalDate.of(2028, 2, 10);
        assertThat(GrantValidity.validUntil(LabelDecision.LABELLISE, LocalDate.of(2027, 2, 10), labelUntil(end), DecisionFixture.PERIODS))
                .as("exactly twelve months before: still a surveillance").isEqualTo(end);
        assertThat(GrantValidity.validUntil(LabelDecision.LABELLISE, LocalDate.of(2027, 2, 11), labelUntil(end), DecisionFixture.PERIODS))
                .isEqualTo(LocalDate.of(2031, 2, 11));
        assertThat(GrantValidity.validUntil(LabelDecision.LABELLISE_SOUS_CONDITIONS, LocalDate.of(2028, 2, 10), labelUntil(end),
                DecisionFixture.PERIODS)).as("on the last valid day").isEqualTo(LocalDate.of(2031, 2, 11));
    }

    @Test
    void aLabelGrantedOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        assertThat(GrantValidity.validUntil(LabelDecision.LABELLISE, LocalDate.of(2028, 2, 29), LabelStanding.Standing.NONE,
                DecisionFixture.PERIODS)).isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void aDecisionThatGrantsNothingHasNoValidity() {
        assertThat(GrantValidity.validUntil(LabelDecision.AJOURNE, LocalDate.of(2028, 2, 29), labelUntil(LocalDate.of(2029, 1, 1)),
                DecisionFixture.PERIODS)).isNull();
    }

    @Test
    void theWaitingPeriodEndsThreeMonthsAfterTheRefusalAndHoldsOnlyGrants() {
        LabelStanding.Standing refused = new LabelStanding.Standing(Optional.empty(), Optional.of(LocalDate.of(2025, 11, 30)));
        assertThatThrownBy(() -> GrantValidity.checkWaitingPeriod(LabelDecision.LABELLISE, LocalDate.of(2026, 2, 27), refused,
                DecisionFixture.PERIODS)).hasMessageContaining("28 février 2026");
        assertThatCode(() -> GrantValidity.checkWaitingPeriod(LabelDecision.LABELLISE, LocalDate.of(2026, 2, 28), refused,
                DecisionFixture.PERIODS)).doesNotThrowAnyException();
        assertThatCode(() -> GrantValidity.checkWaitingPeriod(LabelDecision.REFUSE, LocalDate.of(2025, 12, 1), refused,
                DecisionFixture.PERIODS)).doesNotThrowAnyException();
    }
}
