package fr.spro.label.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form it posts. */
@Controller
@ConditionalOnWebApplication
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginController {

    static final String VIEW = "login";

    private final LoginThrottleProperties throttle;

    LoginController(LoginThrottleProperties throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", throttle.lock().toMinutes());
        return VIEW;
    }
}
