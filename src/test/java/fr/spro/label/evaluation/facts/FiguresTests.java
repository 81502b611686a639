package fr.spro.label.evaluation.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiguresTests {

    @Test
    void aFigureNotReportedTakesTheDefaultAsAWholeNumber() {
        assertThat(Figures.orDefault(null, 4.0)).isEqualTo(4);
        assertThat(Figures.orDefault(7, 4.0)).isEqualTo(7);
        assertThat(Figures.orDefault(0, 4.0)).isZero();
    }

    @Test
    void expectedParticipationsAreTheShareOfTheStaffRoundedUpAndAtLeastTheFloor() {
        assertThat(Figures.expectedParticipations(6.5, 2, 0.5)).isEqualTo(4);
        assertThat(Figures.expectedParticipations(5.0, 2, 0.5)).isEqualTo(3);
        assertThat(Figures.expectedParticipations(0.5, 2, 0.5)).isEqualTo(2);
        assertThat(Figures.expectedParticipations(12.0, 2, 0.5)).isEqualTo(6);
        // 0.1 x 30 is 3 in decimals; binary doubles would make it 3.0000000000000004, rounded up to 4
        assertThat(Figures.expectedParticipations(30.0, 1, 0.1)).isEqualTo(3);
        assertThat(Figures.expectedParticipations(1e12, 2, 0.5)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void daysBeforeADate() {
        assertThat(Figures.daysBefore(LocalDate.of(2025, 12, 31), 365)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Figures.daysBefore(LocalDate.of(2024, 12, 31), 365)).isEqualTo(LocalDate.of(2024, 1, 1));
    }
}
