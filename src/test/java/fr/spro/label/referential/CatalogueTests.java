package fr.spro.label.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CatalogueTests {

    private static final String HEADER = "id;theme;title_fr;title_en;evidence_question;help_fr;help_en\n";
    /** The periods of the procedure every catalogue needs, and nothing about a criterion. */
    private static final String DECISION_PARAMETERS = "name;criterion;type;value;min;max;unit_fr;unit_en;bound;not_above;label_fr;label_en\n"
            + "conditions.period;PROCEDURE;months;6;1;36;mois|mois;month|months;;;Délai;Period\n"
            + "label.renewal-window;PROCEDURE;months;12;1;36;mois|mois;month|months;;;Fenêtre;Window\n"
            + "major.correction-period;PROCEDURE;months;3;1;12;mois|mois;month|months;;;Correction;Correction\n"
            + "verification.period;PROCEDURE;months;1;0;6;mois|mois;month|months;;;Vérification;Verification\n"
            + "withdrawal.observations-period;PROCEDURE;days;30;15;90;jour|jours;day|days;;;Observations;Observations\n"
            + "withdrawal.opinion-period;PROCEDURE;days;30;15;90;jour|jours;day|days;;;Avis;Opinion\n"
            + "withdrawal.decision-period;PROCEDURE;days;30;15;90;jour|jours;day|days;;;Décision;Decision\n"
            + "reapplication.waiting-period;PROCEDURE;months;3;0;24;mois|mois;month|months;;;Attente;Waiting\n"
            + "appeal.period;PROCEDURE;months;2;2;12;mois|mois;month|months;;;Recours;Appeal\n"
            + "explanation.period;PROCEDURE;months;1;1;2;mois|mois;month|months;;;Explication;Explanation\n"
            + "label.ending-notice;PROCEDURE;months;6;1;24;mois|mois;month|months;;;Échéance;Ending\n"
            + "label.validity;PROCEDURE;years;3;1;10;an|ans;year|years;;;Validité;Validity\n";

    static Catalogue bundled() throws IOException {
        return Catalogue.parse(read(Catalogue.CRITERIA_FILE), read(Catalogue.PROPERTIES_FILE), read(Parameters.FILE));
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of("rules", file), StandardCharsets.UTF_8);
    }

    @Test
    void holdsThe28CriteriaOfReferential2025_1InEightThemes() throws IOException {
        Catalogue catalogue = bundled();
        assertThat(catalogue.version()).isEqualTo("2025.1");
        assertThat(catalogue.criteria()).hasSize(28);
        Map<Theme, Long> perTheme = catalogue.criteria().stream()
                .collect(Collectors.groupingBy(Criterion::theme, Collectors.counting()));
        assertThat(perTheme).containsExactlyInAnyOrderEntriesOf(Map.of(Theme.ACC, 6L, Theme.NEU, 5L, Theme.SRV, 5L,
                Theme.NET, 5L, Theme.PRO, 2L, Theme.QUA, 3L, Theme.ECO, 1L, Theme.DEC, 1L));
        assertThat(catalogue.criteria().get(0).id()).isEqualTo("ACC-01");
    }

    @Test
    void requiresEvidenceOnExactlyTheFiveAnswersOfTheReferential() throws IOException {
        Map<String, Question> evidence = bundled().criteria().stream().filter(c -> c.evidenceQuestion().isPresent())
                .collect(Collectors.toMap(Criterion::id, c -> c.evidenceQuestion().get()));
        assertThat(evidence).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ACC-02", Question.ACCESSIBILITY_REGISTER, "ACC-06", Question.ANTI_DISCRIMINATION_TRAINING,
                "NEU-02", Question.CONFIDENTIALITY_RULES, "SRV-04", Question.REFERRAL_PROCEDURE,
                "NET-05", Question.SPRO_IDENTITY_DISPLAYED));
    }

    @Test
    void everyCriterionHasFrenchAndEnglishTitleAndHelp() throws IOException {
        assertThat(bundled().criteria()).allSatisfy(c -> {
            assertThat(c.titleFr()).isNotBlank();
            assertThat(c.titleEn()).isNotBlank();
            assertThat(c.helpFr()).isNotBlank();
            assertThat(c.helpEn()).isNotBlank();
        });
    }

    @Test
    void refusesAnUnknownEvidenceQuestionNamingTheCriterion() {
        String csv = HEADER + "ACC-01;ACC;a;b;no_such_question;c;d\n";
        assertThatThrownBy(() -> Catalogue.parse(csv, "version=1", DECISION_PARAMETERS))
                .hasMessageContaining("criteria.csv").hasMessageContaining("ACC-01");
    }

    @Test
    void refusesPropertiesWithoutVersion() {
        assertThatThrownBy(() -> Catalogue.parse(HEADER, "", DECISION_PARAMETERS)).hasMessageContaining("version");
    }

    @Test
    void readsThePeriodsOfTheProcedureFromTheParameters() throws IOException {
        ProcedurePeriods periods = bundled().periods();
        assertThat(periods.labelValidity()).isEqualTo(Period.ofYears(3));
        assertThat(periods.renewalWindow()).isEqualTo(Period.ofMonths(12));
        assertThat(periods.conditions()).isEqualTo(Period.ofMonths(6));
        assertThat(periods.majorCorrection()).isEqualTo(Period.ofMonths(3));
        assertThat(periods.verification()).isEqualTo(Period.ofMonths(1));
        assertThat(periods.observations()).isEqualTo(Period.ofDays(30));
        assertThat(periods.opinion()).isEqualTo(Period.ofDays(30));
        assertThat(periods.withdrawalDecision()).isEqualTo(Period.ofDays(30));
        assertThat(periods.reapplicationWait()).isEqualTo(Period.ofMonths(3));
        assertThat(periods.appeal()).isEqualTo(Period.ofMonths(2));
        assertThat(periods.explanation()).isEqualTo(Period.ofMonths(1));
        assertThat(periods.endingNotice()).isEqualTo(Period.ofMonths(6));
        assertThat(bundled().parameters().value("ACC-03.heures-conforme")).isEqualTo(24.0);
        assertThat(Catalogue.parse(HEADER, "version=1", DECISION_PARAMETERS.replace("months;6;1;36;", "months;9;1;36;"))
                .periods().conditions()).isEqualTo(Period.ofMonths(9));
    }

    @Test
    void refusesAPeriodThatIsNotADuration() {
        String asCount = DECISION_PARAMETERS.replace("appeal.period;PROCEDURE;months", "appeal.period;PROCEDURE;integer");
        assertThatThrownBy(() -> Catalogue.parse(HEADER, "version=1", asCount))
                .hasMessageContaining("appeal.period").hasMessageContaining("durée");
    }

    @Test
    void refusesAParameterOfACriterionMissingFromTheCatalogue() throws IOException {
        assertThatThrownBy(() -> Catalogue.parse(HEADER, "version=1", read(Parameters.FILE)))
                .hasMessageContaining(Parameters.FILE).hasMessageContaining("ACC-03").hasMessageContaining("criteria.csv");
    }

    @Test
    void refusesParametersWithoutTheDurationsOfTheDecisions() {
        String withoutValidity = DECISION_PARAMETERS.substring(0, DECISION_PARAMETERS.indexOf("label.validity"));
        assertThatThrownBy(() -> Catalogue.parse(HEADER, "version=1", withoutValidity))
                .hasMessageContaining(Parameters.FILE).hasMessageContaining("label.validity");
    }
}
