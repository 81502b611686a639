package fr.spro.label.structurespace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.referential.Question;

/**
 * Under which criterion of the catalogue the form shows each question, so that the question comes
 * with that criterion's title and help text. Presentation only: which answers a criterion reads is
 * decided by the rule files, and the referential lists it the same way (referential.md, q.xxx).
 */
final class QuestionLayout {

    private static final Map<Question, String> CRITERION = new LinkedHashMap<>();

    static {
        CRITERION.put(Question.FREE_OF_CHARGE, "ACC-01");
        CRITERION.put(Question.PREMISES_ACCESSIBLE, "ACC-02");
        CRITERION.put(Question.ACCESSIBILITY_REGISTER, "ACC-02");
        CRITERION.put(Question.ALTERNATIVE_RECEPTION, "ACC-02");
        CRITERION.put(Question.REMOTE_CHANNEL, "ACC-04");
        CRITERION.put(Question.ANTI_DISCRIMINATION_TRAINING, "ACC-06");
        CRITERION.put(Question.ANONYMOUS_FIRST_RECEPTION, "NEU-01");
        CRITERION.put(Question.CONFIDENTIALITY_RULES, "NEU-02");
        CRITERION.put(Question.NO_SELECTIVE_PROMOTION, "NEU-03");
        CRITERION.put(Question.VOLUNTARY_AND_FREE_CHOICE, "NEU-04");
        CRITERION.put(Question.GLOBAL_SITUATION_DIAGNOSIS, "NEU-05");
        CRITERION.put(Question.INFO_COVERS_ALL_DOMAINS, "SRV-01");
        CRITERION.put(Question.YOUTH_RIGHTS_INFO, "SRV-02");
        CRITERION.put(Question.PERSONALISED_ADVICE_OFFERED, "SRV-03");
        CRITERION.put(Question.REFERRAL_PROCEDURE, "SRV-04");
        CRITERION.put(Question.REGIONAL_TOOLS_PROMOTED, "SRV-05");
        CRITERION.put(Question.SPRO_IDENTITY_DISPLAYED, "NET-05");
        CRITERION.put(Question.COMPLAINTS_PROCEDURE, "QUA-02");
        CRITERION.put(Question.PREVIOUS_ACTION_PLAN, "QUA-03");
        CRITERION.put(Question.PSAD_PARTICIPATION, "DEC-01");
    }

    private QuestionLayout() {
    }

    /** The criterion a question is shown under. */
    static Optional<String> criterionOf(Question question) {
        return Optional.ofNullable(CRITERION.get(question));
    }

    /** The questions shown under a criterion, in form order. */
    static List<Question> questionsOf(String criterionId) {
        return CRITERION.entrySet().stream().filter(e -> e.getValue().equals(criterionId)).map(Map.Entry::getKey).toList();
    }
}
