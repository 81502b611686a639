package fr.spro.label.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout shows on every page: the language switch to this same page, and who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    /** This page in the other language (the one place a language cookie is set: {@code ?lang=}). */
    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean error = original instanceof String;
        String path = error ? (String) original : request.getRequestURI();
        String other = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "fr" : "en";
        return UriComponentsBuilder.fromPath(path).query(error ? null : request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }

    /** A working space the signed-in account may open, for the main menu. */
    record SpaceLink(String path, String messageKey) {
    }

    /** The working spaces of the signed-in account's role, in the order of the menu (none for visitors). */
    @ModelAttribute("spaces")
    List<SpaceLink> spaces(HttpServletRequest request) {
        List<SpaceLink> spaces = new ArrayList<>();
        if (request.isUserInRole("STRUCTURE")) {
            spaces.add(new SpaceLink("/mon-espace", "nav.space.structure"));
        }
        if (request.isUserInRole("OFFICER") || request.isUserInRole("ADMIN")) {
            spaces.add(new SpaceLink("/back-office", "nav.space.backoffice"));
        }
        if (request.isUserInRole("CREFOP") || request.isUserInRole("OFFICER") || request.isUserInRole("ADMIN")) {
            spaces.add(new SpaceLink("/crefop", "nav.space.crefop"));
        }
        return spaces;
    }

    /** The signed-in username, or {@code null}: read from the request, so no session is created. */
    @ModelAttribute("signedInAs")
    String signedInAs(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
