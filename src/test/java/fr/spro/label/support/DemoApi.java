package fr.spro.label.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The HTTP API of a demo-profile test context, called as scripts call it: HTTP Basic with the demo
 * accounts. Built on the shared context rather than with {@code @AutoConfigureMockMvc}, so the API
 * tests reuse the demo application the job tests already started.
 */
public final class DemoApi {

    public static final String PASSWORD = "demo-territoire-2025";

    private DemoApi() {
    }

    public static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    public static RequestPostProcessor officer() {
        return httpBasic("officier", PASSWORD);
    }

    public static RequestPostProcessor crefop() {
        return httpBasic("crefop", PASSWORD);
    }

    /** The STRUCTURE account of the demo, bound to ML-DIJON. */
    public static RequestPostProcessor mlDijon() {
        return httpBasic("ml-dijon", PASSWORD);
    }
}
