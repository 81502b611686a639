package fr.spro.label.transparency;

import java.util.Locale;

import fr.spro.label.web.PublicRulesPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page "Comment le label est attribué": the rules in force, for everyone, without signing in. */
@Controller
class RulesPageController {

    static final String VIEW = "transparency/showRules";

    private final PublishedRules rules;

    RulesPageController(PublishedRules rules) {
        this.rules = rules;
    }

    @GetMapping(PublicRulesPage.PATH)
    String rules(Locale locale, Model model) {
        model.addAttribute("rules", rules.inForce(locale));
        return VIEW;
    }
}
