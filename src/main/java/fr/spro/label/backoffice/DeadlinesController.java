package fr.spro.label.backoffice;

import fr.spro.label.structure.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officers' list of every running period of the label procedure, soonest first, by territory if asked. */
@Controller
class DeadlinesController {

    private final Deadlines deadlines;

    DeadlinesController(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/back-office/echeances")
    String list(@RequestParam(required = false) String territory, Model model) {
        Territory chosen = null;
        if (territory != null && !territory.isBlank()) {
            try {
                chosen = Territory.valueOf(territory.strip());
            } catch (IllegalArgumentException unknown) {
                throw new BadFilter("territory", territory);
            }
        }
        model.addAttribute("deadlines", deadlines.running(chosen));
        model.addAttribute("territory", chosen);
        model.addAttribute("territories", Territory.values());
        return "backoffice/listDeadlines";
    }
}
