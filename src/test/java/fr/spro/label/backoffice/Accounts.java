package fr.spro.label.backoffice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/** MockMvc requests signed in as a stored account (the principal the application builds for it), and flash attributes. */
final class Accounts {

    private Accounts() {
    }

    static RequestPostProcessor as(UserDetailsService accounts, String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** The flash attributes a redirect left, as the next request gets them (null values left out, as a session keeps them). */
    static RequestPostProcessor flash(MvcResult redirected) {
        return request -> {
            FlashMap input = new FlashMap();
            redirected.getFlashMap().forEach((name, value) -> {
                if (value != null) {
                    input.put(name, value);
                }
            });
            request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
            return request;
        };
    }
}
