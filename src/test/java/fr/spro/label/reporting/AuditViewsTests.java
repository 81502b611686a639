package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.Test;

/** What an audit file says, before any rendering. */
class AuditViewsTests {

    static final AuditViews VIEWS = new AuditViews(new Wording(WordingTests.messages(), Clock.system(ZoneId.of("Europe/Paris"))), "http://localhost:8080");

    Evaluation evaluation = ReportFixtures.withConditions("CIO-CHENOVE", "2025");

    @Test
    void findingsAreGroupedByThemeInTheReferentialsOrderWithTheCriterionTitles() {
        AuditView view = view(null, Locale.FRENCH);

        assertThat(view.themes()).extracting(AuditView.ThemeSection::theme)
                .containsExactly("ACC", "NEU", "SRV", "NET", "PRO", "QUA", "ECO", "DEC");
        AuditView.FindingLine acc03 = view.themes().get(0).findings().get(2);
        assertThat(acc03.criterion()).isEqualTo("ACC-03");
        assertThat(acc03.title()).isEqualTo("Amplitude d'accueil");
        assertThat(acc03.outcome()).isEqualTo(new AuditView.Term("NC_MINEURE", "Non-conformité mineure"));
        assertThat(view.themes().get(0).score()).isEqualTo("91,7");
    }

    @Test
    void beforeTheDecisionActionsAreDueSixMonthsAfterItAndAfterwardsOnADate() {
        assertThat(view(null, Locale.FRENCH).actionPlan()).extracting(AuditView.ActionLine::dueOn)
                .containsOnly("6 mois après la décision");

        AuditView decided = view(ReportFixtures.confirmed(evaluation, LocalDate.of(2026, 3, 14)), Locale.FRENCH);

        assertThat(decided.actionPlan()).hasSize(3).extracting(AuditView.ActionLine::dueOn).containsOnly("14 septembre 2026");
        assertThat(decided.decision().decision().label()).isEqualTo("Labellisé sous conditions");
        assertThat(decided.decision().validUntil()).isEqualTo("14 mars 2029");
    }

    @Test
    void theSameEvaluationReadsInEnglishForAnEnglishReader() {
        AuditView view = view(null, Locale.ENGLISH);

        assertThat(view.proposal().label()).isEqualTo("Labelled with conditions");
        assertThat(view.themes().get(0).title()).isEqualTo("Equal and simple access");
        assertThat(view.themes().get(0).findings().get(0).title()).isEqualTo("Free services");
        assertThat(view.referenceDate()).isEqualTo("31 December 2025");
    }

    @Test
    void twoViewsOfTheSameContentAreEqualSoTheirDigestsAre() {
        assertThat(view(null, Locale.FRENCH)).isEqualTo(view(null, Locale.FRENCH));
        assertThat(view(null, Locale.FRENCH).toString()).isEqualTo(view(null, Locale.FRENCH).toString());
    }

    private AuditView view(Decision decision, Locale locale) {
        return VIEWS.of(ReportFixtures.structure("CIO-CHENOVE", "Centre d'information et d'orientation de Chenôve",
                        Territory.DIJON_BEAUNE, Network.CIO,
                        Membership.ASSOCIATED, LocalDate.of(2023, 9, 1)),
                ReportFixtures.campaign(2025), evaluation, decision, ReportFixtures.catalogue(), locale);
    }
}
