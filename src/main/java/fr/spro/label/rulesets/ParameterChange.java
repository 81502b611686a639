package fr.spro.label.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;

/**
 * One parameter whose value differs between two rule sets, with both values as a sentence prints
 * them ({@code 24 h}, {@code 75 %}); {@code null} on the side where the parameter does not exist.
 * What the draft page lists and what the journal records, before and after.
 */
record ParameterChange(String name, String label, String before, String after) {

    /** French typography: no line break between a number and its unit, nor before « : » and « ; ». */
    static final char NBSP = '\u00a0';
    private static final String ABSENT = "—";

    /** The parameters whose value changed, was added or was removed, in the order of the newer file. */
    static List<ParameterChange> between(Parameters older, Parameters newer, Locale locale) {
        List<ParameterChange> changes = new ArrayList<>();
        for (Parameter now : newer.all()) {
            Optional<Parameter> then = older.parameter(now.name());
            if (then.isEmpty() || then.get().value().compareTo(now.value()) != 0) {
                changes.add(new ParameterChange(now.name(), now.label(locale), then.map(p -> text(p, locale)).orElse(null),
                        text(now, locale)));
            }
        }
        for (Parameter then : older.all()) {
            if (!newer.contains(then.name())) {
                changes.add(new ParameterChange(then.name(), then.label(locale), text(then, locale), null));
            }
        }
        return changes;
    }

    /** The value with its unit, the number and the unit held together: {@code 24 h}, {@code 3 semaines}. */
    static String text(Parameter parameter, Locale locale) {
        return Parameters.text(parameter, locale).replaceFirst(" ", String.valueOf(NBSP));
    }

    /** {@code ACC-03.heures-conforme : 24 h → 20 h}. */
    String describe() {
        return name + NBSP + ": " + orAbsent(before) + " → " + orAbsent(after);
    }

    /** The values before, as the journal's "before" records them: {@code ACC-03.heures-conforme : 24 h ; …}. */
    static String before(List<ParameterChange> changes) {
        return changes.stream().map(c -> c.name + NBSP + ": " + orAbsent(c.before)).collect(Collectors.joining(NBSP + "; "));
    }

    /** The values after, as the journal's "after" records them. */
    static String after(List<ParameterChange> changes) {
        return changes.stream().map(c -> c.name + NBSP + ": " + orAbsent(c.after)).collect(Collectors.joining(NBSP + "; "));
    }

    public String beforeOrAbsent() {
        return orAbsent(before);
    }

    public String afterOrAbsent() {
        return orAbsent(after);
    }

    private static String orAbsent(String value) {
        return value == null ? ABSENT : value;
    }
}
