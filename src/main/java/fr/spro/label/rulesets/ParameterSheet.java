package fr.spro.label.rulesets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;

/**
 * What the parameters page shows: the parameters in force grouped by criterion, in the
 * catalogue's order, then the groups of the decision rules (DECISION, SCORE, TERRITOIRE) in the
 * file's order; each with its label, value, allowed range, and what the field holds.
 */
final class ParameterSheet {

    private ParameterSheet() {
    }

    /**
     * One criterion, or one group of the decision rules.
     *
     * @param title the criterion's title, or {@code null} for a group of the decision rules (its heading is a message)
     */
    record Group(String id, String title, List<Row> rows) {

        public boolean isCriterion() {
            return title != null;
        }

        public String anchor() {
            return "groupe-" + id;
        }
    }

    /**
     * One parameter.
     *
     * @param field   what the field holds: the value in force, or what was typed when the form comes back refused
     * @param unit    printed after the label, "(h)": empty for a share (typed as a decimal, 0,75 for 75 %) and when
     *                the label names it already ("Semaines de fermeture…")
     * @param ceiling the label of the parameter this one may not exceed, or {@code null}
     * @param error   why the value typed was refused, or {@code null}
     */
    record Row(String name, String label, String current, String from, String to, String field, String unit, boolean share,
               String ceiling, String error) {

        /** An id that is also a plain CSS selector: the name's dots become dashes. */
        public String fieldId() {
            return "p-" + name.replace('.', '-');
        }

        public String hintId() {
            return fieldId() + "-hint";
        }

        public String errorId() {
            return fieldId() + "-error";
        }

        /** The refusal as a sentence of its own, next to the field: the referential writes it to follow a colon. */
        public String errorSentence() {
            return error == null || error.isEmpty() ? error : Character.toUpperCase(error.charAt(0)) + error.substring(1);
        }

        public String describedBy() {
            return error == null ? hintId() : errorId() + " " + hintId();
        }
    }

    /**
     * @param typed  what was typed, by name (empty on a first visit: the fields hold the values in force)
     * @param errors why values were refused, by name
     */
    static List<Group> of(Catalogue catalogue, Locale locale, Map<String, String> typed, Map<String, String> errors) {
        Parameters parameters = catalogue.parameters();
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        for (Parameter p : parameters.all()) {
            String field = typed.containsKey(p.name()) ? typed.get(p.name()) : ParameterForm.field(p.value(), locale);
            String ceiling = p.notAbove().flatMap(parameters::parameter).map(c -> c.label(locale)).orElse(null);
            boolean share = p.type() == Parameter.Type.SHARE;
            String unit = share ? "" : p.unit(locale, p.max());
            byGroup.computeIfAbsent(p.criterion(), c -> new ArrayList<>()).add(new Row(p.name(), p.label(locale),
                    ParameterChange.text(p, locale), ParameterChange.text(p.withValue(p.min()), locale),
                    ParameterChange.text(p.withValue(p.max()), locale), field,
                    namesItself(p.label(locale), unit) ? "" : unit, share, ceiling, errors.get(p.name())));
        }
        List<Criterion> criteria = catalogue.criteria();
        List<String> order = criteria.stream().map(Criterion::id).toList();
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((id, rows) -> groups.add(new Group(id, catalogue.criterion(id).map(c -> c.title(locale)).orElse(null), rows)));
        // Criteria in the catalogue's order first; the decision rules' groups after, as the file lists them.
        groups.sort(Comparator.comparingInt(g -> order.contains(g.id()) ? order.indexOf(g.id()) : order.size()));
        return groups;
    }

    /** Whether the label holds the unit as a word of its own: "Semaines de fermeture…" needs no "(semaines)". */
    private static boolean namesItself(String label, String unit) {
        return !unit.isEmpty() && Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(unit) + "(?![\\p{L}\\d])").matcher(label).find();
    }
}
