package fr.spro.label.referential;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The self-assessment questions. Their codes ({@code free_of_charge}, ...) are a contract of the
 * import formats and of the rule files.
 */
public enum Question {
    FREE_OF_CHARGE, PREMISES_ACCESSIBLE, ACCESSIBILITY_REGISTER, ALTERNATIVE_RECEPTION,
    REMOTE_CHANNEL, ANTI_DISCRIMINATION_TRAINING, ANONYMOUS_FIRST_RECEPTION, CONFIDENTIALITY_RULES,
    NO_SELECTIVE_PROMOTION, VOLUNTARY_AND_FREE_CHOICE, GLOBAL_SITUATION_DIAGNOSIS,
    INFO_COVERS_ALL_DOMAINS, YOUTH_RIGHTS_INFO, PERSONALISED_ADVICE_OFFERED, REFERRAL_PROCEDURE,
    REGIONAL_TOOLS_PROMOTED, SPRO_IDENTITY_DISPLAYED, COMPLAINTS_PROCEDURE, PSAD_PARTICIPATION,
    PREVIOUS_ACTION_PLAN;

    private static final Map<String, Question> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Question::code, q -> q));

    // Computed once: codes are looked up for every answer of every evaluation.
    private final String code = name().toLowerCase(Locale.ROOT);

    /** The code used in files, forms and rule files, e.g. {@code free_of_charge}. */
    public String code() {
        return code;
    }

    /** Every question is a yes/no question except the follow-up of the previous action plan. */
    public boolean isBoolean() {
        return this != PREVIOUS_ACTION_PLAN;
    }

    public static Optional<Question> ofCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
