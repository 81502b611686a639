package fr.spro.label.transparency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.evaluation.RuleLocation;
import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.ProcedurePeriods;
import fr.spro.label.referential.Theme;
import fr.spro.label.rulesets.RuleSetHistory;
import org.springframework.stereotype.Service;

/**
 * The rules in force, written out for the public (CRPA L312-1-3) from the rule set the rule engine
 * applies now — taken up from another instance if one was activated there — and the history of
 * activations: its catalogue, its parameters, the names of its rules. Nothing is kept between
 * requests, so a change of rule set shows on the next one.
 */
@Service
class PublishedRules {

    /** Activations read for the history: the one in force and the versions before it, a bounded list. */
    static final int ACTIVATIONS_READ = 25;

    private static final Pattern CRITERION_RULE = Pattern.compile("[A-Z]{3}-\\d{2} .*");

    private final RuleEngine engine;
    private final RuleSetHistory history;
    private final RulesWording words;
    private final DecisionRuleSentences decisions;

    PublishedRules(RuleEngine engine, RuleSetHistory history, RulesWording words, DecisionRuleSentences decisions) {
        this.engine = engine;
        this.history = history;
        this.words = words;
        this.decisions = decisions;
    }

    RulesInForce inForce(Locale locale) {
        RuleSet ruleSet = engine.inForce();
        Catalogue catalogue = ruleSet.catalogue();
        List<RuleSetHistory.Activation> activations = history.latestFirst(ACTIVATIONS_READ);
        VersionHistory versions = VersionHistory.of(ruleSet.fingerprint(), activations, activations.size() < ACTIVATIONS_READ);
        return new RulesInForce(ruleSet.version(), ruleSet.fingerprint(), versions.since(),
                versions.since() == null ? null : words.dateTime(versions.since(), locale),
                themes(catalogue, ruleSet.rules(), locale), decisions.of(catalogue.parameters(), locale),
                ruleSet.rules().stream().map(RuleLocation::name).filter(name -> !CRITERION_RULE.matcher(name).matches()).toList(),
                periods(catalogue, locale), versions.written(words, locale), versions.olderNotListed());
    }

    private List<RulesInForce.ThemeRules> themes(Catalogue catalogue, List<RuleLocation> rules, Locale locale) {
        Map<Theme, List<RulesInForce.CriterionRules>> byTheme = new LinkedHashMap<>();
        for (Criterion criterion : catalogue.criteria()) {
            String themeTitle = words.text("theme." + criterion.theme().name(), locale);
            List<RulesInForce.Threshold> thresholds = catalogue.parameters().all().stream()
                    .filter(p -> p.criterion().equals(criterion.id()))
                    .map(p -> words.threshold(p, locale)).toList();
            String prefix = criterion.id() + " ";
            List<String> ruleNames = rules.stream().map(RuleLocation::name).filter(name -> name.startsWith(prefix))
                    .map(name -> name.substring(prefix.length())).toList();
            byTheme.computeIfAbsent(criterion.theme(), t -> new ArrayList<>()).add(new RulesInForce.CriterionRules(criterion.id(),
                    criterion.theme().name(), themeTitle, criterion.title(locale), criterion.help(locale), thresholds, ruleNames));
        }
        List<RulesInForce.ThemeRules> themes = new ArrayList<>();
        byTheme.forEach((theme, criteria) -> themes.add(new RulesInForce.ThemeRules(theme.name(),
                words.text("theme." + theme.name(), locale), criteria)));
        return themes;
    }

    /** The periods of the label procedure, in the order procedure.md lists them. */
    private List<RulesInForce.Threshold> periods(Catalogue catalogue, Locale locale) {
        List<RulesInForce.Threshold> periods = new ArrayList<>();
        for (String name : ProcedurePeriods.NAMES) {
            Parameter parameter = catalogue.parameters().parameter(name).orElseThrow();
            periods.add(words.threshold(parameter, locale));
        }
        return periods;
    }
}
