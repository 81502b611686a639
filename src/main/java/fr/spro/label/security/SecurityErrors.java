package fr.spro.label.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * What a refused request gets. API: a JSON {@link ApiError}, 401 (with the Basic challenge) for
 * missing or wrong credentials, 403 for a role that may not act. Browsers: the 403 error page.
 * Every refusal of a signed-in account is journaled ({@code ACCESS_DENIED}, with the address).
 */
final class SecurityErrors {

    static final String REALM = "Territoire d'Orientation";

    private SecurityErrors() {
    }

    static AuthenticationEntryPoint apiUnauthorized(ObjectMapper json) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            write(json, response, HttpStatus.UNAUTHORIZED, failure instanceof LoginThrottledException
                    ? new ApiError("LOGIN_LOCKED", failure.getMessage())
                    : new ApiError("UNAUTHENTICATED", "Authentification requise : identifiant et mot de passe (HTTP Basic) manquants ou incorrects"));
        };
    }

    static AccessDeniedHandler apiForbidden(ObjectMapper json, Journal journal) {
        return (request, response, denied) -> {
            journalDenial(journal, request);
            write(json, response, HttpStatus.FORBIDDEN,
                    new ApiError("FORBIDDEN", "Votre compte n'a pas le droit d'effectuer cette action"));
        };
    }

    static AccessDeniedHandler browserForbidden(Journal journal) {
        return (request, response, denied) -> {
            journalDenial(journal, request);
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
    }

    private static void journalDenial(Journal journal, HttpServletRequest request) {
        journal.record(RequestActor.of(request), JournalAction.ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(),
                null, "403");
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }
}
