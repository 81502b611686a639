package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.referential.Outcome;
import fr.spro.label.support.RequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NEU - Neutralité, objectivité et respect de la personne. */
class NeutralityCriteriaTests {

    @ParameterizedTest(name = "{0} {1}=true : CONFORME, false : NC_MAJEURE, sans réponse : NC_MINEURE")
    @CsvSource({"NEU-01, anonymous_first_reception", "NEU-03, no_selective_promotion", "NEU-04, voluntary_and_free_choice"})
    void NEU_01_03_04_yesIsConformeNoIsMajorUnansweredIsMinor(String criterion, String question) {
        assertThat(finding(criterion, aConformingMember().answer(question, true)).outcome()).isEqualTo(Outcome.CONFORME);
        assertThat(finding(criterion, aConformingMember().answer(question, false)).outcome()).isEqualTo(Outcome.NC_MAJEURE);
        Finding unanswered = finding(criterion, aConformingMember().unanswered(question));
        assertThat(unanswered.outcome()).isEqualTo(Outcome.NC_MINEURE);
        assertThat(unanswered.explanation()).isEqualTo("Information non renseignée : " + question);
    }

    @ParameterizedTest(name = "NEU-02 règles={0} document joint={1} : {2}")
    @CsvSource({"true, true, CONFORME", "true, false, A_JUSTIFIER", "false, true, NC_MAJEURE", "false, false, NC_MAJEURE"})
    void NEU_02_writtenRulesAndTheirDocument(boolean rules, boolean document, Outcome expected) {
        RequestBuilder request = aConformingMember().answer("confidentiality_rules", rules);
        if (!document) {
            request.withoutEvidence("confidentiality_rules");
        }
        Finding finding = finding("NEU-02", request);
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.inputs()).containsEntry("confidentiality_rules", rules);
    }

    @Test
    void NEU_02_unansweredIsAMinor() {
        assertThat(finding("NEU-02", aConformingMember().unanswered("confidentiality_rules")).explanation())
                .isEqualTo("Information non renseignée : confidentiality_rules");
    }

    @ParameterizedTest(name = "NEU-05 global_situation_diagnosis={0} : {1}")
    @CsvSource(nullValues = "-", value = {"true, CONFORME", "false, NC_MINEURE", "-, NC_MINEURE"})
    void NEU_05_globalSituationIsAtWorstAMinor(Boolean diagnosis, Outcome expected) {
        RequestBuilder request = diagnosis == null ? aConformingMember().unanswered("global_situation_diagnosis")
                : aConformingMember().answer("global_situation_diagnosis", diagnosis);
        assertThat(finding("NEU-05", request).outcome()).isEqualTo(expected);
    }
}
