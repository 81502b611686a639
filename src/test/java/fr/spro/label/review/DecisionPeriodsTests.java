package fr.spro.label.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.journal.Actor;
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
 * What each decision opens ({@code procedure.md}, "What each decision opens"), with the default
 * periods of {@code rules/parameters.csv}: a first grant, a surveillance, a renewal, conditions,
 * a suspension, and the waiting period after a refusal. Each scenario decides on dated evaluations
 * of successive campaigns, as officers would, and reads the decision, the items and the registry.
 */
@IntegrationTest
// The application's day fixed by --clock, so the registry reads every decision of these scenarios as past.
@TestPropertySource(properties = {"test.own-context=decision-periods", "clock=2027-03-01"})
class DecisionPeriodsTests {

    static final Actor OFFICER = new Actor("c.martin", "127.0.0.1");

    @Autowired ApplicationContext context;
    @Autowired Structures structures;
    @Autowired Review review;
    @Autowired EvaluationStore evaluations;
    @Autowired Registry registry;

    private void member(String id) {
        structures.save(StructureFixture.member(id, "Mission locale " + id, "21000", "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE));
    }

    private Decision decide(String id, String campaign, LabelDecision proposal, LocalDate on) {
        Evaluation evaluation = BackOfficeFixture.evaluation(id, campaign, proposal, Instant.parse(campaign + "-12-31T10:00:00Z"),
                proposal == LabelDecision.LABELLISE_SOUS_CONDITIONS
                        ? List.of(BackOfficeFixture.openItem("NET-01", LocalDate.parse(campaign + "-12-31"))) : List.of());
        if (proposal == LabelDecision.SUSPENDU) {
            evaluation = new Evaluation(evaluation.id(), id, campaign, evaluation.ruleSetVersion(), evaluation.compliance(), proposal,
                    evaluation.scores(), List.of(new Finding("ACC-01", "ACC", Outcome.NC_MAJEURE, "Services payants", Map.of(), List.of())),
                    List.of(), evaluation.evaluatedAt(), false, null);
        }
        CurrentEvaluationFixture.saveCurrent(context, evaluation);
        return review.decide(id, campaign, null, null, OFFICER, on);
    }

    @Test
    void aFirstGrantIsValidForThreeYearsFromItsDecision() {
        member("ML-PREMIER");
        Decision granted = decide("ML-PREMIER", "2024", LabelDecision.LABELLISE, LocalDate.of(2025, 2, 10));
        assertThat(granted.validUntil()).isEqualTo(LocalDate.of(2028, 2, 10));
        assertThat(registry.find("ML-PREMIER")).get().extracting(RegistryEntry::since).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void aGrantMoreThanTwelveMonthsBeforeTheEndIsASurveillanceAndOneWithinThemRenewsFromTheDayAfterTheEnd() {
        member("ML-RENOUVELLE");
        decide("ML-RENOUVELLE", "2024", LabelDecision.LABELLISE, LocalDate.of(2025, 2, 10));
        Decision surveillance = decide("ML-RENOUVELLE", "2025", LabelDecision.LABELLISE, LocalDate.of(2026, 2, 10));
        assertThat(surveillance.validUntil()).as("surveillance: the end does not move").isEqualTo(LocalDate.of(2028, 2, 10));

        Decision renewal = decide("ML-RENOUVELLE", "2026", LabelDecision.LABELLISE, LocalDate.of(2027, 2, 11));
        assertThat(renewal.validUntil()).as("renewal: from 11 February 2028 for three years").isEqualTo(LocalDate.of(2031, 2, 11));
        assertThat(registry.find("ML-RENOUVELLE")).get().extracting(RegistryEntry::validUntil).isEqualTo(LocalDate.of(2031, 2, 11));
    }

    @Test
    void aGrantAfterExpiryStartsANewLabel() {
        member("ML-EXPIRE");
        decide("ML-EXPIRE", "2021", LabelDecision.LABELLISE, LocalDate.of(2022, 1, 20));
        Decision again = decide("ML-EXPIRE", "2025", LabelDecision.LABELLISE, LocalDate.of(2026, 1, 5));
        assertThat(again.validUntil()).isEqualTo(LocalDate.of(2029, 1, 5));
    }

    @Test
    void conditionsAreDueSixMonthsAfterTheDecisionAndShownInTheRegistry() {
        member("ML-CONDITIONS");
        decide("ML-CONDITIONS", "2025", LabelDecision.LABELLISE_SOUS_CONDITIONS, LocalDate.of(2026, 1, 31));
        assertThat(evaluations.find("ML-CONDITIONS", "2025").orElseThrow().actionPlan()).extracting(ActionItem::dueOn)
                .containsExactly(LocalDate.of(2026, 7, 31));
        RegistryEntry entry = registry.find("ML-CONDITIONS").orElseThrow();
        assertThat(entry.status()).isEqualTo(RegistryStatus.LABELLISE_SOUS_CONDITIONS);
        assertThat(entry.dueBy()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aSuspensionOpensOneCorrectiveItemPerMajorFindingDueThreeMonthsLater() {
        member("ML-SUSPENDUE");
        decide("ML-SUSPENDUE", "2024", LabelDecision.LABELLISE, LocalDate.of(2025, 2, 10));
        decide("ML-SUSPENDUE", "2025", LabelDecision.SUSPENDU, LocalDate.of(2026, 2, 10));
        assertThat(evaluations.find("ML-SUSPENDUE", "2025").orElseThrow().actionPlan()).singleElement().satisfies(item -> {
            assertThat(item.criterion()).isEqualTo("ACC-01");
            assertThat(item.description()).startsWith("Corriger la non-conformité majeure");
            assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        });
        RegistryEntry entry = registry.find("ML-SUSPENDUE").orElseThrow();
        assertThat(entry.status()).isEqualTo(RegistryStatus.SUSPENDU);
        assertThat(entry.dueBy()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(entry.validUntil()).as("the suspended label keeps its end").isEqualTo(LocalDate.of(2028, 2, 10));
    }

    @Test
    void noGrantBeforeThreeMonthsHavePassedSinceARefusal() {
        member("ML-REFUSEE");
        decide("ML-REFUSEE", "2024", LabelDecision.REFUSE, LocalDate.of(2025, 2, 1));

        assertThatThrownBy(() -> decide("ML-REFUSEE", "2025", LabelDecision.LABELLISE, LocalDate.of(2025, 4, 30)))
                .isInstanceOfSatisfying(DecisionRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(DecisionRefused.Code.WAITING_PERIOD);
                    assertThat(refused.getMessage()).contains("1 mai 2025").contains("1 février 2025");
                });
        assertThat(decide("ML-REFUSEE", "2025", LabelDecision.LABELLISE, LocalDate.of(2025, 5, 1)).validUntil())
                .isEqualTo(LocalDate.of(2028, 5, 1));
    }

    @Test
    void replacingARefusalOfTheSameCampaignIsNotHeldByItsOwnWaitingPeriod() {
        member("ML-CORRIGEE");
        decide("ML-CORRIGEE", "2025", LabelDecision.REFUSE, LocalDate.of(2026, 2, 1));
        Decision corrected = review.decide("ML-CORRIGEE", "2025", LabelDecision.LABELLISE,
                "Erreur de saisie corrigée après vérification des pièces.", OFFICER, LocalDate.of(2026, 2, 3));
        assertThat(corrected.decision()).isEqualTo(LabelDecision.LABELLISE);
    }
}
