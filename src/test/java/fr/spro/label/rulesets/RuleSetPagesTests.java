package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.ReportFixtures;
import fr.spro.label.support.RuleSetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The rule-set pages as an officer uses them, in French; rule files uploaded by an administrator. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=rulesets-tests")
class RuleSetPagesTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired RuleEngine engine;
    @Autowired RuleSetStore store;
    @Autowired Evaluations evaluations;
    @Autowired MongoTemplate mongo;
    @Autowired Campaigns campaigns;

    RequestPostProcessor officer;
    /** Rule files are uploaded by an administrator; officers do everything else here. */
    RequestPostProcessor admin;

    @BeforeEach
    void signIn() {
        AccountFixture.createAll(accounts, encoder);
        officer = SignedIn.as(accounts, AccountFixture.OFFICER);
        admin = SignedIn.as(accounts, AccountFixture.ADMIN);
    }

    @AfterEach
    void bundledRulesBackInForce() {
        mongo.dropCollection(RuleSetActivation.class);
        mongo.dropCollection(RuleSetDraft.class);
        engine.activate(engine.compile(RuleSetFixtures.bundled()));
    }

    static MockMultipartFile zip(java.util.Map<String, String> files) {
        return new MockMultipartFile("fichiers", "regles.zip", "application/zip", RuleSetFixtures.zipOfFolder(files));
    }

    String uploadRaised() throws Exception {
        String location = mvc.perform(multipart("/back-office/regles/brouillons").file(zip(RuleSetFixtures.raisedOpeningHours()))
                        .with(admin).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/back-office/regles/brouillons/*"))
                .andExpect(flash().attribute("uploaded", RuleSetFixtures.RAISED_VERSION))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void showsTheRuleSetInForceWithItsFiles() throws Exception {
        mvc.perform(get("/back-office/regles?lang=fr").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"active-version\">2025.1</dd>")))
                .andExpect(content().string(containsString("Règles livrées avec l&#39;application")))
                .andExpect(content().string(containsString("href=\"/back-office/regles/fichiers/acc.drl\"")))
                .andExpect(content().string(containsString("href=\"/back-office/regles/fichiers/criteria.csv\"")));
    }

    @Test
    void showsARuleFileReadOnlyLineByLine() throws Exception {
        mvc.perform(get("/back-office/regles/fichiers/acc.drl").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li><code>rule &quot;ACC-01 services gratuits (conforme)&quot;</code></li>")))
                .andExpect(content().string(not(containsString("<textarea"))));
        mvc.perform(get("/back-office/regles/fichiers/inconnu.drl").with(officer))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Fichier introuvable")));
    }

    @Test
    void answersABrokenUploadWithEveryErrorNextToTheField() throws Exception {
        mvc.perform(multipart("/back-office/regles/brouillons").file(zip(RuleSetFixtures.broken())).with(admin).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("aria-describedby=\"fichiers-hint fichiers-errors\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("id=\"fichiers-errors\"")))
                .andExpect(content().string(containsString("<li>acc.drl, ligne ")));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void answersAnUploadOfAnotherKindOfFileWithItsName() throws Exception {
        mvc.perform(multipart("/back-office/regles/brouillons")
                        .file(new MockMultipartFile("fichiers", "rapport.pdf", "application/pdf", "%PDF-1.7".getBytes()))
                        .with(admin).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<li>rapport.pdf : fichier refusé")));
    }

    @Test
    void leadsAGoodUploadToItsDraftWithTheFilesComparedToThoseInForce() throws Exception {
        String draftId = uploadRaised();

        mvc.perform(get("/back-office/regles/brouillons/" + draftId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brouillon du référentiel 2025.2")))
                .andExpect(content().string(containsString("<dd id=\"draft-version\">2025.2</dd>")))
                .andExpect(content().string(containsString("acc.drl</a>")))
                .andExpect(content().string(containsString("<td>Modifié</td>")))
                .andExpect(content().string(containsString("<td>Identique</td>")))
                .andExpect(content().string(containsString("<strong>ACC-03.heures-conforme\u00a0: 24\u00a0h → 30\u00a0h</strong>")));
        mvc.perform(get("/back-office/regles/brouillons/" + draftId + "/fichiers/parameters.csv").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li><code>ACC-03.heures-conforme;ACC-03;decimal;30;")));
    }

    @Test
    void asksForTheCampaignOfAWhatIf() throws Exception {
        campaigns.ensure(2023);
        evaluations.save(ReportFixtures.fullyConforme("PAGES-2023", "2023"));
        String draftId = uploadRaised();
        mvc.perform(get("/back-office/regles/brouillons/" + draftId + "/simulation").with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"campagne-error\"")));
        mvc.perform(get("/back-office/regles/brouillons/" + draftId + "/simulation?campagne=1999").with(officer))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Campagne introuvable")));
    }

    @Test
    void activatesADraftFromItsPage() throws Exception {
        String draftId = uploadRaised();

        mvc.perform(post("/back-office/regles/brouillons/" + draftId + "/activation").with(officer).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/back-office/regles"))
                .andExpect(flash().attribute("activated", RuleSetFixtures.RAISED_VERSION));

        assertThat(engine.active().version()).isEqualTo(RuleSetFixtures.RAISED_VERSION);
        mvc.perform(get("/back-office/regles").with(officer))
                .andExpect(content().string(containsString("<dd id=\"active-version\">2025.2</dd>")))
                .andExpect(content().string(containsString("par " + AccountFixture.OFFICER)));
    }

    @Test
    void discardsADraftFromItsPage() throws Exception {
        String draftId = uploadRaised();

        mvc.perform(post("/back-office/regles/brouillons/" + draftId + "/suppression").with(officer).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("discarded", RuleSetFixtures.RAISED_VERSION));

        mvc.perform(get("/back-office/regles/brouillons/" + draftId).with(officer))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Brouillon introuvable")));
        assertThat(engine.active().version()).isEqualTo("2025.1");
    }

    @Test
    void refusesAnActivationWithoutTheCsrfToken() throws Exception {
        String draftId = uploadRaised();
        mvc.perform(post("/back-office/regles/brouillons/" + draftId + "/activation").with(officer))
                .andExpect(status().isForbidden());
        assertThat(engine.active().version()).isEqualTo("2025.1");
    }
}
