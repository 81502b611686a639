package fr.spro.label.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RegistryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The registry's pages, JSON API and open data, as an anonymous visitor gets them. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=registry-tests")
class RegistryWebTests {

    @Autowired MockMvc mvc;
    @Autowired Registry registry;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Decisions decisions;
    @Autowired Clock clock;

    LocalDate today;

    @BeforeEach
    void fill() {
        today = LocalDate.now(clock);
        RegistryFixture.fill(structures, campaigns, decisions, registry, today);
    }

    @Test
    void theApiListsAPageOfLabelledStructuresWithTheFieldsOfTheContract() throws Exception {
        mvc.perform(get("/api/registry").param("territory", "DIJON_BEAUNE").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].structureId").value(RegistryFixture.UNDER_CONDITIONS))
                .andExpect(jsonPath("$.items[0].name").value("Centre d'information et d'orientation de Chenôve"))
                .andExpect(jsonPath("$.items[0].network").value("CIO"))
                .andExpect(jsonPath("$.items[0].territory").value("DIJON_BEAUNE"))
                .andExpect(jsonPath("$.items[0].city").value("Chenôve"))
                .andExpect(jsonPath("$.items[0].postalCode").value("21300"))
                .andExpect(jsonPath("$.items[0].status").value("LABELLISE_SOUS_CONDITIONS"))
                .andExpect(jsonPath("$.items[0].decidedOn").value(today.minusDays(30).toString()))
                .andExpect(jsonPath("$.items[0].validUntil").value(today.minusDays(30).plusYears(3).toString()))
                .andExpect(jsonPath("$.items[0].campaign").value("2024"));
    }

    @Test
    void theApiFiltersByStatusAndSearchesWithoutAccents() throws Exception {
        mvc.perform(get("/api/registry").param("status", "SUSPENDU"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].structureId").value(hasItem(RegistryFixture.SUSPENDED)))
                .andExpect(jsonPath("$.items[*].structureId").value(not(hasItem(RegistryFixture.LABELLED))));
        mvc.perform(get("/api/registry").param("q", "chenove"))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void theApiGivesOneStructureWithItsHistory() throws Exception {
        mvc.perform(get("/api/registry/{id}", RegistryFixture.SUSPENDED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDU"))
                .andExpect(jsonPath("$.verificationUrl").value("http://localhost:8080/registre/FT-BESANCON"))
                .andExpect(jsonPath("$.history[0].status").value("LABELLISE"))
                .andExpect(jsonPath("$.history[1].status").value("SUSPENDU"));
    }

    @Test
    void unknownOrNeverLabelledIdsAnswer404WithTheJsonError() throws Exception {
        for (String id : new String[] {"NOPE", RegistryFixture.REFUSED}) {
            mvc.perform(get("/api/registry/{id}", id))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.code").value("NOT_IN_REGISTRY"))
                    .andExpect(jsonPath("$.message").value(containsString(id)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=abc", "size=101", "size=0", "page=0", "page=x", "territory=PARIS", "network=NOPE",
            "status=PROPOSE", "sort=siret"})
    void badParametersAnswer400WithTheJsonError(String parameter) throws Exception {
        String[] pair = parameter.split("=");
        mvc.perform(get("/api/registry").param(pair[0], pair[1]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"))
                .andExpect(jsonPath("$.message").value(containsString("« " + pair[0] + " »")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theOpenDataCsvHoldsTheWholeRegistryWithHeaderAndBom() throws Exception {
        MvcResult result = mvc.perform(get("/registry.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn();
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFstructureId,name,network,territory,address,postalCode,city,status,since,decidedOn,validUntil,dueBy,campaign,referentialVersion,verificationUrl\r\n");
        assertThat(csv).contains("CE-NEVERS,Cap emploi de la Nièvre,CAP_EMPLOI,NIEVRE,")
                .contains(",EXPIRE,")
                .contains("http://localhost:8080/registre/ML-DIJON")
                .doesNotContain(RegistryFixture.REFUSED).doesNotContain(RegistryFixture.RESOURCE_PARTNER);
    }

    @Test
    void theOpenDataJsonHoldsTheWholeRegistry() throws Exception {
        mvc.perform(get("/registry.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].structureId").value(hasItem(RegistryFixture.EXPIRED)))
                .andExpect(jsonPath("$[*].structureId").value(not(hasItem(RegistryFixture.REFUSED))))
                .andExpect(jsonPath("$[?(@.structureId == 'FT-BESANCON')].status").value(hasItem("SUSPENDU")));
    }

    @Test
    void theApplicationServesAnOpenApiDescriptionOfItsApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(containsString("3.")))
                .andExpect(jsonPath("$.paths['/api/registry'].get").exists())
                .andExpect(jsonPath("$.paths['/api/registry/{structureId}'].get").exists())
                .andExpect(jsonPath("$.paths['/registry.csv'].get").exists())
                .andExpect(jsonPath("$.paths['/registry.json'].get").exists())
                .andExpect(jsonPath("$.paths['/registre']").doesNotExist());
    }

    @Test
    void theSearchPageShowsTheCountTheFiltersAndTheResults() throws Exception {
        mvc.perform(get("/registre").param("territory", "DIJON_BEAUNE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 structures correspondent à la recherche.")))
                .andExpect(content().string(containsString("href=\"/registre/ML-DIJON\"")))
                .andExpect(content().string(containsString("<option value=\"DIJON_BEAUNE\" selected=\"selected\">Dijon - Beaune</option>")))
                .andExpect(content().string(containsString("Labellisé sous conditions")));
    }

    @Test
    void theSearchPageLinksToTheOtherPagesKeepingTheFilters() throws Exception {
        mvc.perform(get("/registre").param("territory", "DIJON_BEAUNE").param("size", "1"))
                .andExpect(content().string(containsString("href=\"/registre?territory=DIJON_BEAUNE&amp;size=1&amp;page=2\"")))
                .andExpect(content().string(containsString("aria-current=\"page\"")));
    }

    @Test
    void theStructurePageShowsTheLabelItsDatesAndHistory() throws Exception {
        mvc.perform(get("/registre/{id}", RegistryFixture.SUSPENDED))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("France Travail – agence de Besançon")))
                .andExpect(content().string(containsString("Label suspendu")))
                .andExpect(content().string(containsString("Historique du label")))
                .andExpect(content().string(containsString("http://localhost:8080/registre/FT-BESANCON")))
                .andExpect(content().string(containsString("Besançon - Morteau - Pontarlier")));
        mvc.perform(get("/registre/{id}", RegistryFixture.EXPIRED).param("lang", "en"))
                .andExpect(content().string(containsString("Label expired")))
                .andExpect(content().string(containsString("expired on")));
    }

    @Test
    void anUnknownStructurePageIs404() throws Exception {
        mvc.perform(get("/registre/{id}", RegistryFixture.REFUSED)).andExpect(status().isNotFound());
    }

    @Test
    void aBadSearchParameterOnThePageIs400WithAPageThatNamesIt() throws Exception {
        mvc.perform(get("/registre").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Requête invalide")))
                .andExpect(content().string(containsString("Le paramètre « size »")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/registre", "/registre/ML-DIJON", "/api/registry", "/api/registry/ML-DIJON",
            "/accessibilite", "/registry.csv", "/registry.json"})
    void anonymousVisitsCreateNoSessionAndNoCookie(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void onlyTheLanguageSwitchSetsACookie() throws Exception {
        MvcResult result = mvc.perform(get("/registre").param("lang", "en")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).singleElement().asString().startsWith("to-lang=en");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/registre", "/api/registry"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
