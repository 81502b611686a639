package fr.spro.benchmark;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that do no work, one behind each public filter chain: the API's (stateless JSON) and
 * the pages' (session-aware, CSRF). Their paths fit the registry's public patterns, so the security
 * rules let them through exactly as they let the registry through. Outside {@code fr.spro.label} on
 * purpose: the application's component scan, which the tests share, never finds them; only the
 * load benchmark adds them.
 */
@RestController
public class BareEndpoints {

    public static final String API = "/api/registry/bare-endpoint";
    public static final String PAGE = "/registre/bare-endpoint";

    @GetMapping(API)
    Map<String, String> api() {
        return Map.of("status", "ok");
    }

    @GetMapping(value = PAGE, produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return "<!DOCTYPE html><html lang=\"fr\"><title>ok</title><p>ok</p></html>";
    }
}
