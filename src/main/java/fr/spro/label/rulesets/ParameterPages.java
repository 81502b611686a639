package fr.spro.label.rulesets;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.spro.label.evaluation.RuleSet;
import fr.spro.label.evaluation.RuleSetException;
import fr.spro.label.referential.Parameters;
import fr.spro.label.journal.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ValidationUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The thresholds and defaults of the rule set in force, for officers to change without touching a
 * rule: the values typed are checked by the referential ({@code Parameters.with}) and, when valid,
 * become a draft — the rule set in force with another {@code parameters.csv}, written here — to be
 * tried on a past campaign and activated from the draft page like any other.
 */
@Controller
@RequestMapping(ParameterPages.PATH)
class ParameterPages {

    static final String PATH = RuleSetPages.ROOT + "/parametres";
    static final String VIEW = "rulesets/editParameters";

    private final RuleSets ruleSets;
    private final MessageSource messages;

    ParameterPages(RuleSets ruleSets, MessageSource messages) {
        this.ruleSets = ruleSets;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView show(Locale locale) {
        return page(Map.of(), Map.of(), locale);
    }

    @PostMapping
    ModelAndView change(@ModelAttribute ParameterForm form, BindingResult binding, Actor officer,
                        Locale locale, RedirectAttributes flash) {
        Parameters inForce = ruleSets.active().catalogue().parameters();
        ValidationUtils.invokeValidator(new ParameterForm.Numbers(inForce, locale), form, binding);
        ParameterForm.Read read = form.read(inForce);
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error ->
                errors.putIfAbsent(ParameterForm.Numbers.parameter(error.getField()), messages.getMessage(error, locale)));
        errors.putAll(ruleSets.parameterRefusals(read.changed()));
        if (!errors.isEmpty()) {
            return refused(form, errors, locale);
        }
        try {
            return ruleSets.draftParameters(read.changed(), officer)
                    .map(draft -> {
                        flash.addFlashAttribute("drafted", draft.version());
                        return new ModelAndView("redirect:" + RuleSetPages.ROOT + "/brouillons/" + draft.id());
                    })
                    .orElseGet(() -> page(form.valeurs(), Map.of(), locale).addObject("unchanged", true));
        } catch (ParametersRefused refused) {
            return refused(form, refused.reasons(), locale); // the rule set in force changed since the check
        } catch (RuleSetException refused) {
            // Values in range that the rules' checks on sample structures still refuse: every problem named.
            return refused(form, Map.of(), locale).addObject("problems", refused.problems());
        }
    }

    private ModelAndView refused(ParameterForm form, Map<String, String> errors, Locale locale) {
        ModelAndView page = page(form.valeurs(), errors, locale);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(Map<String, String> typed, Map<String, String> errors, Locale locale) {
        RuleSet active = ruleSets.active();
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("active", active);
        page.addObject("groups", ParameterSheet.of(active.catalogue(), locale, typed, errors));
        page.addObject("errorCount", errors.size());
        return page;
    }
}
