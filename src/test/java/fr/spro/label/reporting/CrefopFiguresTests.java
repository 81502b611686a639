package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Theme;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * How the CREFOP report reads the referential's territory indicator, on hand-made campaigns fed to
 * the tallies as the report's pages would. Who holds the label is the label module's answer, given
 * here; how it is derived is {@code CrefopLabelHoldersTests}.
 */
class CrefopFiguresTests {

    static final TerritoryIndicatorRule RULE = new TerritoryIndicatorRule(0.75, 4, 4);
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 12, 31);
    static final LocalDate SIGNED = LocalDate.of(2023, 3, 15);

    final List<MemberStructure> structures = new ArrayList<>();
    final List<Evaluation> evaluations = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<ActivityReport> activity = new ArrayList<>();
    final Set<String> holdingTheLabel = new HashSet<>();

    @Test
    void aTerritoryWithThreeQuartersOfItsEligibleLabelledAndFourMeetingsIsTerritoireOrientation() {
        for (int i = 0; i < 4; i++) {
            labelled("JURA-" + i, Territory.JURA, i < 3, 4);
        }

        CrefopFigures.Scope jura = territory(compute(), Territory.JURA);

        assertThat(jura.eligible()).isEqualTo(4);
        assertThat(jura.labelled()).isEqualTo(3);
        assertThat(jura.labelledShare()).isEqualTo(0.75);
        assertThat(jura.meetingsHeld()).isEqualTo(4);
        assertThat(jura.territoireOrientation()).isTrue();
    }

    @Test
    void aTerritoryJustUnderThreeQuartersIsNotTerritoireOrientation() {
        for (int i = 0; i < 5; i++) {
            labelled("JURA-" + i, Territory.JURA, i < 3, 4);
        }

        CrefopFigures.Scope jura = territory(compute(), Territory.JURA);

        assertThat(jura.labelledShare()).isEqualTo(0.6);
        assertThat(jura.territoireOrientation()).isFalse();
    }

    @Test
    void theMeetingsHeldAreTheMaximumReportedAndAnUnreportedFigureCountsAsFour() {
        labelled("YONNE-1", Territory.YONNE, true, 3);
        labelled("YONNE-2", Territory.YONNE, true, null);

        CrefopFigures.Scope yonne = territory(compute(), Territory.YONNE);

        assertThat(yonne.meetingsHeld()).isEqualTo(4);
        assertThat(yonne.territoireOrientation()).isTrue();
    }

    @Test
    void threeMeetingsHeldKeepAFullyLabelledTerritoryFromTheIndicator() {
        labelled("NIEVRE-1", Territory.NIEVRE, true, 3);
        labelled("NIEVRE-2", Territory.NIEVRE, true, 2);

        CrefopFigures.Scope nievre = territory(compute(), Territory.NIEVRE);

        assertThat(nievre.labelledShare()).isEqualTo(1.0);
        assertThat(nievre.meetingsHeld()).isEqualTo(3);
        assertThat(nievre.territoireOrientation()).isFalse();
    }

    @Test
    void aTerritoryWithoutActivityReportHasNoMeetingFigureAndIsNotTerritoireOrientation() {
        MemberStructure structure = structure("JURA-1", Territory.JURA, Membership.MEMBER, SIGNED);
        grant(ReportFixtures.fullyConforme(structure.id(), "2025"), LabelDecision.LABELLISE, LocalDate.of(2026, 2, 1));

        CrefopFigures.Scope jura = territory(compute(), Territory.JURA);

        assertThat(jura.meetingsHeld()).isNull();
        assertThat(jura.territoireOrientation()).isFalse();
    }

    @Test
    void eligibleMeansEvaluatedMemberOrAssociatedWithTheCharterSignedByTheReferenceDate() {
        evaluated(structure("SIGNED", Territory.JURA, Membership.MEMBER, SIGNED));
        evaluated(structure("ASSOCIATED", Territory.JURA, Membership.ASSOCIATED, SIGNED));
        evaluated(structure("SIGNED-LATE", Territory.JURA, Membership.MEMBER, LocalDate.of(2026, 1, 15)));
        evaluated(structure("UNSIGNED", Territory.JURA, Membership.MEMBER, null));
        structure("NOT-EVALUATED", Territory.JURA, Membership.MEMBER, SIGNED);
        structure("PARTNER", Territory.JURA, Membership.RESOURCE_PARTNER, SIGNED);

        CrefopFigures figures = compute();
        CrefopFigures.Scope jura = territory(figures, Territory.JURA);

        assertThat(jura.members()).isEqualTo(4);
        assertThat(jura.associated()).isEqualTo(1);
        assertThat(jura.evaluated()).isEqualTo(4);
        assertThat(jura.notEvaluated()).isEqualTo(1);
        assertThat(jura.eligible()).isEqualTo(2);
        assertThat(figures.notEvaluated()).extracting(MemberStructure::id).containsExactly("NOT-EVALUATED");
    }

    @Test
    void theCampaignsDecisionsAreCountedByKindAndEvaluationsWithoutOneArePending() {
        MemberStructure kept = structure("KEPT", Territory.HAUTE_SAONE, Membership.MEMBER, SIGNED);
        MemberStructure suspended = structure("SUSPENDED", Territory.HAUTE_SAONE, Membership.MEMBER, SIGNED);
        MemberStructure expired = structure("EXPIRED", Territory.HAUTE_SAONE, Membership.MEMBER, SIGNED);
        decisions.add(ReportFixtures.decision(ReportFixtures.fullyConforme(kept.id(), "2024"), LabelDecision.LABELLISE, LocalDate.of(2025, 3, 1), null));
        evaluations.add(ReportFixtures.fullyConforme(kept.id(), "2025"));
        holdingTheLabel.add(kept.id());
        Evaluation major = ReportFixtures.everyOutcome(suspended.id(), "2025");
        evaluations.add(major);
        decisions.add(ReportFixtures.decision(major, LabelDecision.SUSPENDU, LocalDate.of(2026, 3, 1), "Non-conformité majeure."));
        evaluations.add(ReportFixtures.fullyConforme(expired.id(), "2025"));

        CrefopFigures.Scope hauteSaone = territory(compute(), Territory.HAUTE_SAONE);

        assertThat(hauteSaone.eligible()).isEqualTo(3);
        assertThat(hauteSaone.labelled()).isEqualTo(1);
        assertThat(hauteSaone.decisions(LabelDecision.SUSPENDU)).isEqualTo(1);
        assertThat(hauteSaone.decisions(LabelDecision.LABELLISE)).isZero();
        assertThat(hauteSaone.pending()).isEqualTo(2);
    }

    @Test
    void aStructureHoldingTheLabelButNotEligibleIsNotCountedLabelled() {
        MemberStructure signedLate = structure("SIGNED-LATE", Territory.JURA, Membership.MEMBER, LocalDate.of(2026, 1, 15));
        evaluated(signedLate);
        holdingTheLabel.add(signedLate.id());

        CrefopFigures.Scope jura = territory(compute(), Territory.JURA);

        assertThat(jura.eligible()).isZero();
        assertThat(jura.labelled()).isZero();
        assertThat(jura.labelledShare()).isNull();
    }

    @Test
    void theRegionCountsEveryEvaluationOfTheCampaignWithItsComplianceAndAverageScores() {
        evaluated(structure("A", Territory.JURA, Membership.MEMBER, SIGNED));
        evaluations.add(ReportFixtures.everyOutcome(structure("B", Territory.YONNE, Membership.MEMBER, SIGNED).id(), "2025"));
        evaluations.add(ReportFixtures.fullyConforme("LEFT-THE-DIRECTORY", "2025"));

        CrefopFigures figures = compute();

        assertThat(figures.region().evaluated()).isEqualTo(3);
        assertThat(figures.region().compliance(Compliance.CONFORME)).isEqualTo(2);
        assertThat(figures.region().compliance(Compliance.NON_CONFORME)).isEqualTo(1);
        assertThat(figures.region().averageScores().get(Theme.ACC)).isCloseTo(94.43, within(0.01));
        assertThat(figures.territories()).hasSize(10);
        assertThat(figures.territories().stream().mapToInt(CrefopFigures.Scope::evaluated).sum()).isEqualTo(2);
        assertThat(figures.networks()).extracting(CrefopFigures.Scope::code).containsExactly("MISSION_LOCALE");
    }

    private void labelled(String id, Territory territory, boolean granted, Integer meetingsHeld) {
        MemberStructure structure = structure(id, territory, Membership.MEMBER, SIGNED);
        Evaluation evaluation = ReportFixtures.fullyConforme(structure.id(), "2025");
        if (granted) {
            grant(evaluation, LabelDecision.LABELLISE, LocalDate.of(2026, 2, 1));
            holdingTheLabel.add(id);
        } else {
            evaluations.add(evaluation);
            decisions.add(ReportFixtures.decision(evaluation, LabelDecision.AJOURNE, LocalDate.of(2026, 2, 1), "Ajourné."));
        }
        activity.add(ReportFixtures.activity(id, "2025", meetingsHeld));
    }

    private void grant(Evaluation evaluation, LabelDecision decision, LocalDate on) {
        evaluations.add(evaluation);
        decisions.add(ReportFixtures.decision(evaluation, decision, on, null));
    }

    private void evaluated(MemberStructure structure) {
        evaluations.add(ReportFixtures.fullyConforme(structure.id(), "2025"));
    }

    private MemberStructure structure(String id, Territory territory, Membership membership, LocalDate signedOn) {
        MemberStructure structure = ReportFixtures.structure(id, "Structure " + id, territory, Network.MISSION_LOCALE, membership, signedOn);
        structures.add(structure);
        return structure;
    }

    /** The figures as the report counts them: each structure of the directory once, then the evaluations of those that left it. */
    private CrefopFigures compute() {
        CrefopFigures.Tallies tallies = new CrefopFigures.Tallies("2025", REFERENCE_DATE, RULE);
        Map<String, Evaluation> evaluated = evaluations.stream().collect(Collectors.toMap(Evaluation::structureId, e -> e));
        Map<String, Decision> decided = decisions.stream().filter(d -> d.campaign().equals("2025"))
                .collect(Collectors.toMap(Decision::structureId, d -> d));
        Map<String, ActivityReport> reported = activity.stream().collect(Collectors.toMap(ActivityReport::structureId, a -> a));
        Set<String> inTheDirectory = new HashSet<>();
        for (MemberStructure structure : structures) {
            inTheDirectory.add(structure.id());
            tallies.structure(structure, evaluated.get(structure.id()), decided.get(structure.id()),
                    holdingTheLabel.contains(structure.id()), reported.get(structure.id()));
        }
        evaluations.stream().filter(e -> !inTheDirectory.contains(e.structureId()))
                .forEach(e -> tallies.evaluationOutsideTheDirectory(e, decided.get(e.structureId())));
        return tallies.figures();
    }

    private static CrefopFigures.Scope territory(CrefopFigures figures, Territory territory) {
        return figures.territories().stream().filter(t -> t.code().equals(territory.name())).findFirst().orElseThrow();
    }
}
