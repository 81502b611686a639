package fr.spro.label.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.spro.label.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors as a real server sends them (through the container's error dispatch): pages or JSON, never a trace. */
@BrowserTest
class ErrorPagesTests {

    @LocalServerPort int port;

    HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void browsersGetABilingualPageWithoutStackTrace() throws Exception {
        HttpResponse<String> french = get("/registre/INCONNUE", "text/html");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\"").contains("Page introuvable").doesNotContain("Exception");
        HttpResponse<String> english = get("/registre/INCONNUE?lang=en", "text/html");
        assertThat(english.body()).contains("Page not found").contains("href=\"/registre/INCONNUE?lang=fr\"");
    }

    @Test
    void scriptsGetTheJsonError() throws Exception {
        HttpResponse<String> response = get("/registre/INCONNUE", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        assertThat(response.body()).isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"Ressource introuvable\"}");
    }

    @Test
    void aBadSearchParameterIsA400Page() throws Exception {
        HttpResponse<String> response = get("/registre?size=abc", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Requête invalide").contains("« size »").doesNotContain("NumberFormatException");
    }

    @Test
    void anUnknownApiRouteIsRefusedInJson() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here", "*/*");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    }
}
