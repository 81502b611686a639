package fr.spro.label.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement the law requires of a public service's website. */
@Controller
class AccessibilityController {

    static final String VIEW = "accessibility";

    @GetMapping("/accessibilite")
    String statement() {
        return VIEW;
    }
}
