package fr.spro.label.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * Every error the servlet container routes to {@code /error} (unknown page, refused access,
 * failure outside a controller): the JSON {@link ApiError} for the API and open-data routes and
 * for clients that do not ask for HTML, a French/English page otherwise. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    static final String VIEW = "error";
    /** The statuses that have their own title and text in the messages; others use their family's. */
    private static final Set<Integer> DESCRIBED = Set.of(400, 403, 404, 405, 500);
    private static final Map<Integer, ApiError> API_ERRORS = Map.of(
            400, new ApiError("BAD_REQUEST", "Requête invalide"),
            401, new ApiError("UNAUTHENTICATED", "Authentification requise"),
            403, new ApiError("FORBIDDEN", "Accès refusé"),
            404, new ApiError("NOT_FOUND", "Ressource introuvable"),
            405, new ApiError("METHOD_NOT_ALLOWED", "Méthode non autorisée pour cette adresse"),
            413, new ApiError("FILE_TOO_LARGE", "Le fichier dépasse la taille maximale autorisée"));
    private static final ApiError INTERNAL = new ApiError("INTERNAL_ERROR", "Une erreur interne est survenue ; elle a été journalisée.");

    private final ObjectMapper json;

    ErrorPages(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (wantsJson(request)) {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), API_ERRORS.getOrDefault(status, status >= 500 ? INTERNAL
                    : new ApiError("BAD_REQUEST", "Requête invalide")));
            return null;
        }
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.valueOf(status));
        page.addObject("status", described(status));
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return status < 400 ? 500 : status;
    }

    private static int described(int status) {
        if (DESCRIBED.contains(status)) {
            return status;
        }
        return status >= 500 ? 500 : 400;
    }

    private static boolean wantsJson(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : "";
        String context = request.getContextPath();
        if (path.startsWith(context + "/api/") || path.startsWith(context + "/v3/") || path.endsWith(".json") || path.endsWith(".csv")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }
}
