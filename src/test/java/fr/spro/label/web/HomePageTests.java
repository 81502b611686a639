package fr.spro.label.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class HomePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest(name = "{0} sees {1} and not {2}")
    @CsvSource({
            "officier-test, /back-office /crefop, /mon-espace",
            "crefop-test, /crefop, /mon-espace /back-office",
            "ml-dijon-test, /mon-espace, /back-office /crefop",
    })
    void theMainMenuOffersTheSpacesOfTheSignedInRole(String username, String shown, String hidden) throws Exception {
        AccountFixture.createAll(accounts, encoder);
        String page = mvc.perform(get("/").with(SignedIn.as(accounts, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String path : shown.split(" ")) {
            assertThat(page).contains("href=\"" + path + "\"");
        }
        for (String path : hidden.split(" ")) {
            assertThat(page).doesNotContain("href=\"" + path + "\"");
        }
    }

    @Test
    void visitorsSeeNoWorkingSpaceInTheMenu() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("href=\"/back-office\"", "href=\"/crefop\"", "href=\"/mon-espace\"");
    }

    @Test
    void homePageIsPublicAndFrenchByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fr\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Territoire d&#39;Orientation")));
    }

    @Test
    void homePageSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skip to content")));
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
