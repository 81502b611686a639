package fr.spro.label.registry;

import static fr.spro.label.support.DecisionFixture.labelled;
import static fr.spro.label.support.DecisionFixture.labelledUnderConditions;
import static fr.spro.label.support.DecisionFixture.refused;
import static fr.spro.label.support.DecisionFixture.suspended;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.LabelAct;
import fr.spro.label.support.DecisionFixture;
import org.junit.jupiter.api.Test;

class LabelTimelineTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String ID = "ML-DIJON";

    static LabelTimeline replay(LocalDate day, Decision... decisions) {
        return LabelTimeline.of(List.of(decisions), day, null);
    }

    @Test
    void aGrantedLabelIsValidUntilItsValidityDate() {
        LabelTimeline timeline = replay(TODAY, labelled(ID, "2024", LocalDate.of(2025, 3, 14)));
        assertThat(timeline.status()).contains(RegistryStatus.LABELLISE);
        assertThat(timeline.validUntil()).isEqualTo(LocalDate.of(2028, 3, 14));
        assertThat(timeline.priorLabel().labelledOn(TODAY)).isTrue();
    }

    @Test
    void aLabelUnderConditionsShowsAsSuch() {
        assertThat(replay(TODAY, labelledUnderConditions(ID, "2025", LocalDate.of(2026, 3, 1))).status())
                .contains(RegistryStatus.LABELLISE_SOUS_CONDITIONS);
    }

    @Test
    void aSuspensionKeepsTheValidityDateOfTheSuspendedLabel() {
        LabelTimeline timeline = replay(TODAY, labelled(ID, "2024", LocalDate.of(2025, 3, 14)),
                suspended(ID, "2025", LocalDate.of(2026, 3, 10)));
        assertThat(timeline.status()).contains(RegistryStatus.SUSPENDU);
        assertThat(timeline.validUntil()).isEqualTo(LocalDate.of(2028, 3, 14));
        assertThat(timeline.statusCampaign()).isEqualTo("2025");
        assertThat(timeline.statusDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(timeline.priorLabel()).isEqualTo(new PriorLabel(LabelDecision.SUSPENDU, LocalDate.of(2026, 3, 10),
                LocalDate.of(2028, 3, 14)));
        assertThat(timeline.priorLabel().labelledOn(TODAY)).isFalse();
    }

    @Test
    void aLabelExpiresTheDayAfterItsValidityDate() {
        Decision granted = labelled(ID, "2022", LocalDate.of(2023, 5, 31));
        assertThat(replay(LocalDate.of(2026, 5, 31), granted).status()).contains(RegistryStatus.LABELLISE);
        LabelTimeline dayAfter = replay(LocalDate.of(2026, 6, 1), granted);
        assertThat(dayAfter.status()).contains(RegistryStatus.EXPIRE);
        assertThat(dayAfter.history()).last().isEqualTo(new StatusChange(RegistryStatus.EXPIRE, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 5, 31), null));
    }

    @Test
    void aSuspendedLabelAlsoExpiresAtItsValidityDate() {
        LabelTimeline timeline = replay(TODAY, labelled(ID, "2021", LocalDate.of(2022, 3, 1)),
                suspended(ID, "2023", LocalDate.of(2024, 3, 1)));
        assertThat(timeline.status()).contains(RegistryStatus.EXPIRE);
        assertThat(timeline.history()).extracting(StatusChange::status)
                .containsExactly(RegistryStatus.LABELLISE, RegistryStatus.SUSPENDU, RegistryStatus.EXPIRE);
    }

    @Test
    void aLabelGrantedAgainAfterExpiryRecordsTheExpiryInItsHistory() {
        LabelTimeline timeline = replay(TODAY, labelled(ID, "2021", LocalDate.of(2022, 3, 1)),
                labelledUnderConditions(ID, "2025", LocalDate.of(2026, 3, 1)));
        assertThat(timeline.history()).extracting(StatusChange::status, StatusChange::since).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RegistryStatus.LABELLISE, LocalDate.of(2022, 3, 1)),
                org.assertj.core.groups.Tuple.tuple(RegistryStatus.EXPIRE, LocalDate.of(2025, 3, 2)),
                org.assertj.core.groups.Tuple.tuple(RegistryStatus.LABELLISE_SOUS_CONDITIONS, LocalDate.of(2026, 3, 1)));
        assertThat(timeline.status()).contains(RegistryStatus.LABELLISE_SOUS_CONDITIONS);
    }

    @Test
    void aRenewalWhileValidStartsANewValidityPeriod() {
        LabelTimeline timeline = replay(TODAY, labelledUnderConditions(ID, "2023", LocalDate.of(2024, 3, 1)),
                labelled(ID, "2025", LocalDate.of(2026, 3, 1)));
        assertThat(timeline.status()).contains(RegistryStatus.LABELLISE);
        assertThat(timeline.validUntil()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(timeline.history()).hasSize(2);
    }

    @Test
    void aStructureNeverGrantedTheLabelIsNotInTheRegistry() {
        LabelTimeline timeline = replay(TODAY, refused(ID, "2025", LocalDate.of(2026, 3, 1)),
                suspended(ID, "2024", LocalDate.of(2025, 3, 1)));
        assertThat(timeline.everLabelled()).isFalse();
        assertThat(timeline.status()).isEmpty();
        assertThat(timeline.priorLabel()).isEqualTo(PriorLabel.NONE);
    }

    @Test
    void aRefusalLeavesALabelInForceAsItIs() {
        LabelTimeline timeline = replay(TODAY, labelled(ID, "2024", LocalDate.of(2025, 3, 14)),
                refused(ID, "2025", LocalDate.of(2026, 3, 1)));
        assertThat(timeline.status()).contains(RegistryStatus.LABELLISE);
        assertThat(timeline.statusCampaign()).isEqualTo("2024");
    }

    @Test
    void decisionsDatedAfterTheDayAreIgnored() {
        LabelTimeline before = replay(LocalDate.of(2025, 3, 13), labelled(ID, "2024", LocalDate.of(2025, 3, 14)));
        assertThat(before.everLabelled()).isFalse();
        assertThat(before.priorLabel()).isEqualTo(PriorLabel.NONE);
    }

    @Test
    void aGrantStoredWithoutValidityTakesItFromTheReferential() {
        Decision old = DecisionFixture.decision(ID, "2024", LabelDecision.LABELLISE, LocalDate.of(2025, 3, 14), null);
        LabelTimeline timeline = LabelTimeline.of(List.of(old), TODAY, DecisionFixture.PERIODS);
        assertThat(timeline.validUntil()).isEqualTo(LocalDate.of(2028, 3, 14));
    }

    @Test
    void theOrderDecisionsArriveInDoesNotMatter() {
        List<Decision> decisions = new ArrayList<>(List.of(labelled(ID, "2021", LocalDate.of(2022, 3, 1)),
                suspended(ID, "2022", LocalDate.of(2023, 3, 1)), labelled(ID, "2023", LocalDate.of(2024, 3, 1)),
                refused(ID, "2024", LocalDate.of(2025, 3, 1)), suspended(ID, "2025", LocalDate.of(2026, 3, 1))));
        List<StatusChange> expected = LabelTimeline.of(decisions, TODAY, null).history();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(decisions, random);
            assertThat(LabelTimeline.of(decisions, TODAY, null).history()).isEqualTo(expected);
        }
        assertThat(expected).extracting(StatusChange::status).containsExactly(RegistryStatus.LABELLISE, RegistryStatus.SUSPENDU,
                RegistryStatus.LABELLISE, RegistryStatus.SUSPENDU);
    }

    static final LocalDate REFERENCE_DATE_2025 = LocalDate.of(2025, 12, 31);

    static boolean labelledAfterCampaign2025(Decision... decisions) {
        return LabelTimeline.afterCampaign(List.of(decisions), List.of(), "2025", null).priorLabel().labelledOn(REFERENCE_DATE_2025);
    }

    private static LabelAct act(LabelAct.Kind kind, String campaign, LocalDate on) {
        return new LabelAct(LabelAct.idOf(ID, kind, campaign, on), ID, kind, campaign, on, null, "c.martin", "motif");
    }

    @Test
    void aCampaignsReportCountsTheActsThatFollowItsCampaignsUpAndNotThoseOfLaterOnes() {
        List<Decision> labelledIn2024 = List.of(labelled(ID, "2024", LocalDate.of(2025, 3, 1)));
        assertThat(LabelTimeline.afterCampaign(labelledIn2024,
                List.of(act(LabelAct.Kind.WITHDRAWN, "2024", LocalDate.of(2026, 5, 4))), "2025", null)
                .priorLabel().labelledOn(REFERENCE_DATE_2025)).as("withdrawn after the 2024 decision").isFalse();
        assertThat(LabelTimeline.afterCampaign(labelledIn2024,
                List.of(act(LabelAct.Kind.SUSPENDED, "2024", LocalDate.of(2025, 11, 2))), "2025", null)
                .priorLabel().labelledOn(REFERENCE_DATE_2025)).as("suspended by an act").isFalse();
        assertThat(LabelTimeline.afterCampaign(labelledIn2024,
                List.of(act(LabelAct.Kind.WITHDRAWN, "2026", LocalDate.of(2027, 5, 4))), "2025", null)
                .priorLabel().labelledOn(REFERENCE_DATE_2025)).as("an act of a later campaign").isTrue();
        List<Decision> underConditions = List.of(labelledUnderConditions(ID, "2025", LocalDate.of(2026, 2, 1)));
        assertThat(LabelTimeline.afterCampaign(underConditions,
                List.of(act(LabelAct.Kind.CONDITIONS_LIFTED, "2025", LocalDate.of(2026, 6, 1))), "2025", null)
                .priorLabel().lastDecision()).isEqualTo(LabelDecision.LABELLISE);
    }

    @Test
    void aCampaignsReportCountsItsOwnDecisionsTakenAfterItsReferenceDate() {
        assertThat(labelledAfterCampaign2025(labelled(ID, "2025", LocalDate.of(2026, 2, 1)))).isTrue();
        assertThat(labelledAfterCampaign2025(labelled(ID, "2024", LocalDate.of(2025, 3, 1)),
                suspended(ID, "2025", LocalDate.of(2026, 3, 1)))).isFalse();
    }

    @Test
    void anAdjournmentOrARefusalAfterALabelLeavesItHeldInTheCampaignsReport() {
        assertThat(labelledAfterCampaign2025(labelled(ID, "2024", LocalDate.of(2025, 3, 1)),
                DecisionFixture.decision(ID, "2025", LabelDecision.AJOURNE, LocalDate.of(2026, 2, 1), null))).isTrue();
        assertThat(labelledAfterCampaign2025(labelledUnderConditions(ID, "2024", LocalDate.of(2025, 3, 1)),
                refused(ID, "2025", LocalDate.of(2026, 2, 1)))).isTrue();
    }

    @Test
    void aCampaignsReportIgnoresLaterCampaignsAndLabelsExpiredByItsReferenceDate() {
        assertThat(labelledAfterCampaign2025(labelled(ID, "2024", LocalDate.of(2025, 3, 1)),
                suspended(ID, "2026", LocalDate.of(2027, 3, 1)))).isTrue();
        assertThat(labelledAfterCampaign2025(labelled(ID, "2021", LocalDate.of(2022, 3, 1)),
                DecisionFixture.decision(ID, "2025", LabelDecision.AJOURNE, LocalDate.of(2026, 2, 1), null))).isFalse();
    }
}
