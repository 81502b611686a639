package fr.spro.label.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

import fr.spro.label.referential.Question;

/**
 * Ways a synthetic structure falls short of the default referential: minor gaps (each makes one
 * criterion NC_MINEURE) and major ones (one NC_MAJEURE), applied to conforming data.
 */
final class Gaps {

    private interface Gap extends BiConsumer<Figures, Map<Question, SyntheticDataSet.AnswerCells>> {
    }

    private Gaps() {
    }

    static void minor(Figures figures, Map<Question, SyntheticDataSet.AnswerCells> answers, Random random, int howMany) {
        List<Gap> gaps = new ArrayList<>(minorGaps(random));
        for (int i = 0; i < howMany && !gaps.isEmpty(); i++) {
            gaps.remove(random.nextInt(gaps.size())).accept(figures, answers);
        }
    }

    static void major(Figures figures, Map<Question, SyntheticDataSet.AnswerCells> answers, Random random) {
        List<Gap> gaps = majorGaps(random);
        gaps.get(random.nextInt(gaps.size())).accept(figures, answers);
    }

    private static List<Gap> minorGaps(Random random) {
        return List.of(
                (f, a) -> f.set("opening_hours_per_week", Figures.decimal(15 + random.nextInt(9))),
                (f, a) -> f.set("first_appointment_delay_days", 11 + random.nextInt(10)),
                (f, a) -> f.set("territorial_meetings_attended", 2),
                (f, a) -> f.set("inspiring_practice_sessions", 0),
                (f, a) -> f.set("sector_webinars_attended", 1 + random.nextInt(2)),
                (f, a) -> f.set("satisfaction_rate", Figures.decimal(60 + random.nextInt(19))),
                (f, a) -> f.set("info_resources_updated_on", LocalDate.of(2000 + random.nextInt(10), 6, 1)),
                (f, a) -> {
                    f.set("weeks_closed", 4 + random.nextInt(3));
                    answer(a, Question.REMOTE_CHANNEL, "non");
                },
                (f, a) -> answer(a, Question.REGIONAL_TOOLS_PROMOTED, "non"),
                (f, a) -> answer(a, Question.GLOBAL_SITUATION_DIAGNOSIS, "non"),
                (f, a) -> {
                    f.set("complaints_received", 10);
                    f.set("complaints_answered_30d", 8);
                },
                (f, a) -> answer(a, Question.PREVIOUS_ACTION_PLAN, "PARTIAL"),
                (f, a) -> answer(a, Question.ANTI_DISCRIMINATION_TRAINING, "non"));
    }

    private static List<Gap> majorGaps(Random random) {
        return List.of(
                (f, a) -> answer(a, Question.FREE_OF_CHARGE, "non"),
                (f, a) -> f.set("opening_hours_per_week", Figures.decimal(8 + random.nextInt(7))),
                (f, a) -> f.set("first_appointment_delay_days", 25 + random.nextInt(16)),
                (f, a) -> f.set("territorial_meetings_attended", 1),
                (f, a) -> answer(a, Question.ANONYMOUS_FIRST_RECEPTION, "non"),
                (f, a) -> f.set("satisfaction_rate", Figures.decimal(40 + random.nextInt(20))),
                (f, a) -> answer(a, Question.CONFIDENTIALITY_RULES, "non"),
                (f, a) -> answer(a, Question.PREVIOUS_ACTION_PLAN, "NOT_DONE"));
    }

    private static void answer(Map<Question, SyntheticDataSet.AnswerCells> answers, Question question, String value) {
        answers.put(question, answers.get(question).withValue(value));
    }
}
