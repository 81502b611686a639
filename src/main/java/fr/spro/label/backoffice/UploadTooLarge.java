package fr.spro.label.backoffice;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A back-office upload above the multipart size limit fails while the request's parameters are
 * read — by the CSRF check, before any controller — and the servlet container would answer with
 * its own bare English page. This filter reads the parts first and, when they are too large,
 * sends the officer back to the form's page with {@code ?tooLarge=true}, where it says so in words.
 */
@Component
class UploadTooLarge extends OncePerRequestFilter implements Ordered {

    static final String FLAG = "tooLarge";

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/back-office/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | ServletException | IOException failure) {
            if (tooLarge(failure)) {
                response.sendRedirect(request.getRequestURI() + "?" + FLAG + "=true");
                return;
            }
            // another kind of malformed upload: the usual handling answers it
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded") || cause.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }
}
