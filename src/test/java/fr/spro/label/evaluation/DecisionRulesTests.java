package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingAssociated;
import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.support.RequestBuilder;
import fr.spro.label.support.RuleFixtures;
import org.junit.jupiter.api.Test;

/** Charter compliance, label proposal, action plan and scores (conclusions.drl). */
class DecisionRulesTests {

    private static final LocalDate REFERENCE = RequestBuilder.REFERENCE_DATE;

    /** A conforming member with {@code count} minor non-conformities (at most five). */
    private static RequestBuilder withMinors(int count) {
        RequestBuilder request = aConformingMember();
        String[][] minors = {{"global_situation_diagnosis"}, {"regional_tools_promoted"}, {"spro_identity_displayed"},
                {"psad_participation"}, {"anti_discrimination_training"}};
        for (int i = 0; i < count; i++) {
            request.answer(minors[i][0], false);
        }
        return request;
    }

    @Test
    void aStructureWithNoNonConformityIsConformeAndProposedForTheLabel() {
        Evaluation evaluation = evaluate(aConformingMember());
        assertThat(evaluation.findings()).hasSize(28).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.CONFORME));
        assertThat(evaluation.compliance()).isEqualTo(Compliance.CONFORME);
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.LABELLISE);
        assertThat(evaluation.actionPlan()).isEmpty();
        assertThat(evaluation.scores()).containsOnlyKeys("ACC", "NEU", "SRV", "NET", "PRO", "QUA", "ECO", "DEC", "overall")
                .allSatisfy((key, score) -> assertThat(score).isEqualTo(100.0));
    }

    @Test
    void oneToThreeMinorsGiveALabelUnderConditionsWithOneActionPerMinorDueSixMonthsLater() {
        Evaluation evaluation = evaluate(withMinors(2).withoutEvidence("referral_procedure"));
        assertThat(evaluation.compliance()).isEqualTo(Compliance.PARTIELLEMENT_CONFORME);
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(evaluation.actionPlan()).extracting(ActionItem::criterion).containsExactly("NEU-05", "SRV-04", "SRV-05");
        assertThat(evaluation.actionPlan()).allSatisfy(item -> {
            assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 7, 15));
            assertThat(item.status()).isEqualTo(ActionItem.ActionStatus.OPEN);
        });
        assertThat(evaluation.actionPlan().get(1).description()).startsWith("Joindre la pièce justificative : Procédure d'orientation déclarée");
        assertThat(evaluation.actionPlan().get(0).description()).startsWith("Lever la non-conformité mineure : Le diagnostic");
    }

    @Test
    void oneMinorAndThreeMinorsAreStillUnderConditions() {
        assertThat(evaluate(withMinors(1)).proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(evaluate(withMinors(3)).proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(evaluate(withMinors(3)).actionPlan()).hasSize(3);
    }

    @Test
    void fourMinorsPostponeTheLabelWithoutActionPlan() {
        Evaluation evaluation = evaluate(withMinors(4));
        assertThat(evaluation.compliance()).isEqualTo(Compliance.PARTIELLEMENT_CONFORME);
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.AJOURNE);
        assertThat(evaluation.actionPlan()).isEmpty();
    }

    @Test
    void aMissingEvidenceCountsAsAMinorInTheDecision() {
        RequestBuilder request = withMinors(3).withoutEvidence("confidentiality_rules");
        assertThat(evaluate(request).proposal()).isEqualTo(LabelDecision.AJOURNE);
    }

    @Test
    void oneMajorRefusesTheLabelOfAStructureNotLabelled() {
        Evaluation evaluation = evaluate(aConformingMember().answer("free_of_charge", false));
        assertThat(evaluation.compliance()).isEqualTo(Compliance.NON_CONFORME);
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.REFUSE);
        assertThat(evaluation.actionPlan()).isEmpty();
    }

    @Test
    void oneMajorSuspendsTheLabelOfAStructureLabelledOnTheReferenceDate() {
        assertThat(evaluate(aConformingMember().answer("free_of_charge", false).labelledUntil(REFERENCE.plusYears(1))).proposal())
                .isEqualTo(LabelDecision.SUSPENDU);
        assertThat(evaluate(aConformingMember().answer("free_of_charge", false).labelledUntil(REFERENCE)).proposal())
                .isEqualTo(LabelDecision.SUSPENDU);
    }

    @Test
    void aLabelExpiredBeforeTheReferenceDateDoesNotCountAsLabelled() {
        assertThat(evaluate(aConformingMember().answer("free_of_charge", false).labelledUntil(REFERENCE.minusDays(1))).proposal())
                .isEqualTo(LabelDecision.REFUSE);
        assertThat(evaluate(aConformingMember().answer("free_of_charge", false)
                .priorLabel(new PriorLabel(LabelDecision.SUSPENDU, REFERENCE.minusMonths(3), null))).proposal())
                .isEqualTo(LabelDecision.REFUSE);
    }

    @Test
    void aLabelledStructureWithoutMajorIsProposedAsAnyOther() {
        assertThat(evaluate(aConformingMember().labelledUntil(REFERENCE.plusYears(2))).proposal()).isEqualTo(LabelDecision.LABELLISE);
        assertThat(evaluate(withMinors(4).labelledUntil(REFERENCE.plusYears(2))).proposal()).isEqualTo(LabelDecision.AJOURNE);
    }

    @Test
    void anUnsignedCharterMakesTheStructureNotEligibleWhateverItsFindings() {
        Evaluation evaluation = evaluate(aConformingMember().charterSignedOn(null));
        assertThat(evaluation.compliance()).isEqualTo(Compliance.CONFORME);
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.NON_ELIGIBLE);
        assertThat(evaluate(aConformingMember().charterSignedOn(null).answer("free_of_charge", false).labelledUntil(REFERENCE))
                .proposal()).isEqualTo(LabelDecision.NON_ELIGIBLE);
    }

    @Test
    void aCharterSignedAfterTheReferenceDateIsNotSignedYet() {
        assertThat(evaluate(aConformingMember().charterSignedOn(REFERENCE.plusDays(1))).proposal()).isEqualTo(LabelDecision.NON_ELIGIBLE);
        assertThat(evaluate(aConformingMember().charterSignedOn(REFERENCE)).proposal()).isEqualTo(LabelDecision.LABELLISE);
    }

    @Test
    void anAssociatedMemberIsEvaluatedOnEveryCriterionButThreeWithMilderOutcomes() {
        Evaluation evaluation = evaluate(aConformingAssociated().answer("personalised_advice_offered", false)
                .figure("professionalisation_participations", 0));
        assertThat(evaluation.findings()).hasSize(28);
        assertThat(evaluation.findings()).filteredOn(f -> f.outcome() == Outcome.NON_APPLICABLE)
                .extracting(Finding::criterion).containsExactly("NET-03", "NET-04", "ECO-01");
        assertThat(evaluation.compliance()).isEqualTo(Compliance.PARTIELLEMENT_CONFORME);
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.LABELLISE_SOUS_CONDITIONS);
        assertThat(evaluation.scores()).doesNotContainKey("ECO").containsEntry("NET", 100.0);
    }

    @Test
    void anAssociatedMemberWithAMajorIsRefusedAsAMemberWouldBe() {
        assertThat(evaluate(aConformingAssociated().answer("anonymous_first_reception", false)).proposal())
                .isEqualTo(LabelDecision.REFUSE);
    }

    @Test
    void aResourcePartnerIsNeverEvaluated() {
        RequestBuilder partner = aConformingMember().membership(Membership.RESOURCE_PARTNER);
        assertThatThrownBy(() -> RuleFixtures.bundledEngine().evaluate(partner.build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ML-DIJON").hasMessageContaining("RESOURCE_PARTNER");
    }

    @Test
    void scoresCountHalfAPointPerMinorNothingPerMajorAndRoundHalfUp() {
        // 4 criteria not applicable, 24 applicable: 16 conforme, 7 minor, 1 major: 100 x 19.5 / 24 = 81.25
        RequestBuilder request = aConformingMember().publics(Public.ADULTS).network(Network.FRANCE_TRAVAIL)
                .figure("territorial_meetings_held", 0).answer("previous_action_plan", "NONE")
                .answer("free_of_charge", false)
                .answer("anti_discrimination_training", false).answer("global_situation_diagnosis", false)
                .answer("regional_tools_promoted", false).figure("inspiring_practice_sessions", 0)
                .answer("spro_identity_displayed", false).figure("sector_webinars_attended", 2).figure("company_events", 0);
        Map<String, Double> scores = evaluate(request).scores();
        assertThat(scores.get("overall")).isEqualTo(81.3);
        assertThat(scores.get("ACC")).isEqualTo(75.0);
        assertThat(scores.get("NEU")).isEqualTo(90.0);
        assertThat(scores.get("SRV")).isEqualTo(87.5);
        assertThat(scores.get("NET")).isEqualTo(75.0);
        assertThat(scores.get("PRO")).isEqualTo(75.0);
        assertThat(scores.get("QUA")).isEqualTo(100.0);
        assertThat(scores.get("ECO")).isEqualTo(50.0);
        assertThat(scores).doesNotContainKey("DEC");
    }

    @Test
    void everyEvaluationNamesItsRuleSetStructureCampaignAndTime() {
        Evaluation evaluation = evaluate(aConformingMember());
        assertThat(evaluation.id()).isEqualTo("ML-DIJON_2025");
        assertThat(evaluation.structureId()).isEqualTo("ML-DIJON");
        assertThat(evaluation.campaign()).isEqualTo("2025");
        assertThat(evaluation.ruleSetVersion()).isEqualTo("2025.1");
        assertThat(evaluation.evaluatedAt()).isEqualTo(RuleFixtures.CLOCK.instant());
        assertThat(evaluation.inputsDigest()).hasSize(64);
        assertThat(evaluation.flagged()).isFalse();
    }

    @Test
    void withoutSelfAssessmentOrActivityReportEveryCriterionStillHasAFinding() {
        Evaluation evaluation = evaluate(aConformingMember().noSelfAssessment().noActivityReport());
        assertThat(evaluation.findings()).hasSize(28)
                .allSatisfy(f -> assertThat(f.outcome()).isIn(Outcome.NC_MINEURE, Outcome.NON_APPLICABLE))
                .filteredOn(f -> f.outcome() == Outcome.NC_MINEURE)
                .allSatisfy(f -> assertThat(f.explanation()).startsWith("Information non renseignée : "));
        assertThat(evaluation.proposal()).isEqualTo(LabelDecision.AJOURNE);
    }
}
