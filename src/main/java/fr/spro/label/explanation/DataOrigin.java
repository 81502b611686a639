package fr.spro.label.explanation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityFigure;
import fr.spro.label.referential.Question;
import fr.spro.label.structure.MemberStructure;

/**
 * Where a datum the rules read comes from, told by its name as the rule files write it
 * ({@code free_of_charge}, {@code weeks_closed}, {@code membership}): the names of the import
 * formats, so the same name always has the same source.
 */
enum DataOrigin {
    /** An answer of the self-assessment. */
    ANSWER,
    /** Whether evidence is attached to an answer ({@code <question>_evidence}). */
    EVIDENCE,
    /** A figure of the activity report. */
    FIGURE,
    /** A field of the structure directory. */
    DIRECTORY,
    /** The campaign itself (its reference date). */
    CAMPAIGN,
    /** A value the rules worked out or applied themselves (a default, a count). */
    RULES;

    static final String EVIDENCE_SUFFIX = "_evidence";
    private static final Set<String> FIGURES = Arrays.stream(ActivityFigure.values())
            .map(figure -> figure.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DIRECTORY_FIELDS = Arrays.stream(MemberStructure.class.getRecordComponents())
            .map(component -> snakeCase(component.getName())).collect(Collectors.toUnmodifiableSet());

    static DataOrigin of(String name) {
        if (Question.ofCode(name).isPresent()) {
            return ANSWER;
        }
        if (name.endsWith(EVIDENCE_SUFFIX) && Question.ofCode(evidencedQuestion(name)).isPresent()) {
            return EVIDENCE;
        }
        if (FIGURES.contains(name)) {
            return FIGURE;
        }
        if (DIRECTORY_FIELDS.contains(name)) {
            return DIRECTORY;
        }
        return "reference_date".equals(name) ? CAMPAIGN : RULES;
    }

    /** The question whose evidence {@code <question>_evidence} tells about. */
    static String evidencedQuestion(String name) {
        return name.substring(0, name.length() - EVIDENCE_SUFFIX.length());
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
