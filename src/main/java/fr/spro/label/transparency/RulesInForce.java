package fr.spro.label.transparency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import fr.spro.label.referential.Parameter;

/**
 * The rules in force as the public reads them, in the words of one locale: what the page shows and
 * what {@code GET /api/rules} answers, built once so that both say the same thing.
 *
 * @param inForceSince when the rule set came into force, or {@code null} when it is the
 *                     application's own rules, which no officer activated (the application does
 *                     not record when it was put into service)
 * @param sinceText    {@code inForceSince} written out, or {@code null} with it
 * @param ruleNames    the names of the decision rules of the rule set (those of no criterion), as written in its files
 * @param olderNotListed whether older versions exist than those listed
 */
record RulesInForce(String version, String fingerprint, Instant inForceSince, String sinceText,
                    List<ThemeRules> themes, List<DecisionRules> decisionRules, List<String> ruleNames,
                    List<Threshold> periods, List<EarlierVersion> earlierVersions, boolean olderNotListed) {

    RulesInForce {
        themes = List.copyOf(themes);
        decisionRules = List.copyOf(decisionRules);
        ruleNames = List.copyOf(ruleNames);
        periods = List.copyOf(periods);
        earlierVersions = List.copyOf(earlierVersions);
    }

    /** The first characters of the fingerprint, enough to tell two rule sets apart on a page. */
    public String shortFingerprint() {
        return shortened(fingerprint);
    }

    /** A period of the procedure by its name ({@code appeal.period}) with its value, e.g. "2 mois". */
    public String period(String name) {
        return periods.stream().filter(p -> p.name().equals(name)).findFirst().map(Threshold::valueText).orElseThrow();
    }

    public int criterionCount() {
        return themes.stream().mapToInt(t -> t.criteria().size()).sum();
    }

    static String shortened(String fingerprint) {
        return fingerprint == null ? "" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }

    /** A theme of the referential and its criteria, in the catalogue's order. */
    record ThemeRules(String theme, String title, List<CriterionRules> criteria) {

        ThemeRules {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * One criterion of the catalogue.
     *
     * @param checks     what it checks: the help text of the catalogue
     * @param thresholds the parameters of {@code parameters.csv} that belong to it
     * @param rules      the names of its rules, one per conclusion it may reach, without the criterion id
     */
    record CriterionRules(String id, String theme, String themeTitle, String title, String checks,
                          List<Threshold> thresholds, List<String> rules) {

        CriterionRules {
            thresholds = List.copyOf(thresholds);
            rules = List.copyOf(rules);
        }

        /** An anchor on the page, e.g. {@code critere-ACC-03}. */
        public String anchor() {
            return "critere-" + id;
        }
    }

    /**
     * One parameter as the rule set in force applies it.
     *
     * @param type      how the value reads: {@code integer}, {@code decimal}, {@code share} (between 0 and 1), {@code years}, {@code months}, {@code days}
     * @param unit      the unit for this value in the locale, or {@code null} for a share
     * @param valueText the value with its unit, e.g. {@code 24 h}, {@code 75 %}
     * @param text      the value with its bound in words, e.g. {@code au moins 24 h}
     */
    record Threshold(String name, String label, String type, BigDecimal value, String unit, Parameter.Bound bound,
                     String valueText, String text) {
    }

    /**
     * One group of decision rules (charter compliance, the label proposal, the action plan, the scores,
     * the territory indicator).
     *
     * @param key   a stable code of the group, for the API: {@code compliance}, {@code proposal},
     *              {@code action-plan}, {@code scores}, {@code territory}
     * @param intro a sentence before the rules, or {@code null}
     */
    record DecisionRules(String key, String title, String intro, List<DecisionRule> rules) {

        DecisionRules {
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule: what it gives and when.
     *
     * @param outcome      the code of what it gives ({@code LABELLISE}, {@code CONFORME}...), or {@code null} for a rule that states a method
     * @param outcomeLabel that code in words, or {@code null}
     * @param parameters   the names of the parameters whose values the sentence gives
     */
    record DecisionRule(String outcome, String outcomeLabel, String condition, List<String> parameters) {

        DecisionRule {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A rule set that was in force before the one in force.
     *
     * @param from      when it came into force, or {@code null} for the application's own rules (not recorded)
     * @param activated whether an officer activated it; {@code false} for the application's own rules
     */
    record EarlierVersion(String version, String fingerprint, Instant from, String fromText, Instant until, String untilText,
                          boolean activated) {

        public String shortFingerprint() {
            return shortened(fingerprint);
        }
    }
}
