package fr.spro.label.evaluation.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Theme;
import org.junit.jupiter.api.Test;

class ScoresTests {

    private static final Case SUBJECT = new Case(null, null, null, null, null);

    private static List<Verdict> verdicts(String criterion, Outcome... outcomes) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            verdicts.add(new Verdict(SUBJECT, criterion, Theme.ofCriterion(criterion), outcome, "", Map.of()));
        }
        return verdicts;
    }

    @Test
    void countsAMinorAsItsWeightAMajorAsNothingAndLeavesOutWhatDoesNotApply() {
        List<Verdict> all = new ArrayList<>(verdicts("ACC-01", Outcome.CONFORME, Outcome.NC_MINEURE, Outcome.A_JUSTIFIER, Outcome.NC_MAJEURE));
        all.addAll(verdicts("NEU-01", Outcome.CONFORME, Outcome.CONFORME, Outcome.NON_APPLICABLE));
        all.addAll(verdicts("ECO-01", Outcome.NON_APPLICABLE));

        Scores scores = Scores.of(SUBJECT, all, 0.5);

        // ACC: 100 x (1 + 0.5 x 2) / 4; overall: 100 x (3 + 0.5 x 2) / 6 = 66.67
        assertThat(scores.values()).containsExactly(Map.entry("ACC", 50.0), Map.entry("NEU", 100.0), Map.entry("overall", 66.7));
        assertThat(scores.subject()).isSameAs(SUBJECT);
    }

    @Test
    void roundsHalfUpToOneDecimalAfterAddingTheWeightsInDecimals() {
        // 1 of 8 at 0.5: 6.25, rounded half up to 6.3
        List<Verdict> eight = verdicts("PRO-01", Outcome.NC_MINEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE,
                Outcome.NC_MAJEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE);
        assertThat(Scores.of(SUBJECT, eight, 0.5).values()).containsEntry("PRO", 6.3);
        // 3 minors of 8 at 0.3: 100 x 0.9 / 8 = 11.25, so 11.3; adding 0.3 three times in doubles
        // gives 0.8999999999999999 and 11.2
        List<Verdict> threeOfEight = verdicts("QUA-01", Outcome.NC_MINEURE, Outcome.NC_MINEURE, Outcome.NC_MINEURE,
                Outcome.NC_MAJEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE, Outcome.NC_MAJEURE);
        assertThat(Scores.of(SUBJECT, threeOfEight, 0.3).values()).containsEntry("QUA", 11.3);
    }

    @Test
    void noApplicableCriterionMeansNoScoreAtAll() {
        assertThat(Scores.of(SUBJECT, verdicts("DEC-01", Outcome.NON_APPLICABLE), 0.5).values()).isEmpty();
        assertThat(Scores.of(SUBJECT, List.of(), 0.5).values()).isEmpty();
    }
}
