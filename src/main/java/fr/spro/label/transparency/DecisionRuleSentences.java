package fr.spro.label.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.ProcedurePeriods;
import org.springframework.stereotype.Component;

/**
 * The decision rules of the referential in sentences ({@code referential.md}, "Decisions"), each
 * with the values of the parameters it applies, read from the rule set in force: the sentences are
 * messages, the numbers never. A sentence whose parameter the rule set does not define is left out
 * rather than printed with a number it does not apply.
 */
@Component
class DecisionRuleSentences {

    static final String MAX_MINORS = "DECISION.mineures-max-conditions";
    static final String MINOR_WEIGHT = "SCORE.poids-mineure";
    static final String TERRITORY_SHARE = "TERRITOIRE.part-labellisee";
    static final String TERRITORY_MEETINGS = "TERRITOIRE.reunions-tenues";

    /** The proposals in the order the referential lists their conditions. */
    private static final List<LabelDecision> PROPOSALS = List.of(LabelDecision.NON_ELIGIBLE, LabelDecision.REFUSE,
            LabelDecision.SUSPENDU, LabelDecision.AJOURNE, LabelDecision.LABELLISE_SOUS_CONDITIONS, LabelDecision.LABELLISE);

    private final RulesWording words;

    DecisionRuleSentences(RulesWording words) {
        this.words = words;
    }

    List<RulesInForce.DecisionRules> of(Parameters parameters, Locale locale) {
        List<RulesInForce.DecisionRules> groups = new ArrayList<>();
        groups.add(compliance(locale));
        groups.add(proposal(parameters, locale));
        method("action-plan", locale, parameters, ProcedurePeriods.CONDITIONS).ifPresent(groups::add);
        method("scores", locale, parameters, MINOR_WEIGHT).ifPresent(groups::add);
        method("territory", locale, parameters, TERRITORY_SHARE, TERRITORY_MEETINGS).ifPresent(groups::add);
        return groups;
    }

    private RulesInForce.DecisionRules compliance(Locale locale) {
        List<RulesInForce.DecisionRule> rules = new ArrayList<>();
        for (Compliance compliance : List.of(Compliance.CONFORME, Compliance.PARTIELLEMENT_CONFORME, Compliance.NON_CONFORME)) {
            rules.add(new RulesInForce.DecisionRule(compliance.name(), words.text("compliance." + compliance.name(), locale),
                    words.text("transparency.compliance." + compliance.name(), locale), List.of()));
        }
        return new RulesInForce.DecisionRules("compliance", words.text("transparency.decisions.compliance", locale),
                words.text("transparency.decisions.compliance.intro", locale), rules);
    }

    private RulesInForce.DecisionRules proposal(Parameters parameters, Locale locale) {
        Optional<Parameter> maxMinors = parameters.parameter(MAX_MINORS);
        List<RulesInForce.DecisionRule> rules = new ArrayList<>();
        for (LabelDecision decision : PROPOSALS) {
            boolean counted = decision == LabelDecision.AJOURNE || decision == LabelDecision.LABELLISE_SOUS_CONDITIONS;
            if (counted && maxMinors.isEmpty()) {
                continue;
            }
            Object[] values = counted ? new Object[] {maxMinorsText(maxMinors.get(), decision, locale)} : new Object[0];
            rules.add(new RulesInForce.DecisionRule(decision.name(), words.text("label-decision." + decision.name(), locale),
                    words.text("transparency.proposal." + decision.name(), locale, values),
                    counted ? List.of(MAX_MINORS) : List.of()));
        }
        return new RulesInForce.DecisionRules("proposal", words.text("transparency.decisions.proposal", locale),
                words.text("transparency.decisions.proposal.intro", locale), rules);
    }

    /** "plus de 3 non-conformités mineures" for an adjournment, "au plus 3 ..." under conditions. */
    private String maxMinorsText(Parameter maxMinors, LabelDecision decision, Locale locale) {
        RulesInForce.Threshold threshold = words.threshold(maxMinors, locale);
        return decision == LabelDecision.AJOURNE ? threshold.valueText() : threshold.text();
    }

    /** A group of one sentence that states a method with the values (bounds in words) of its parameters. */
    private Optional<RulesInForce.DecisionRules> method(String key, Locale locale, Parameters parameters, String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            Optional<Parameter> parameter = parameters.parameter(name);
            if (parameter.isEmpty()) {
                return Optional.empty();
            }
            values.add(words.threshold(parameter.get(), locale).text());
        }
        RulesInForce.DecisionRule rule = new RulesInForce.DecisionRule(null, null,
                words.text("transparency.decisions." + key + ".text", locale, values.toArray()), List.of(names));
        return Optional.of(new RulesInForce.DecisionRules(key, words.text("transparency.decisions." + key, locale), null, List.of(rule)));
    }
}
