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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.referential.Parameters;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RuleSetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The parameters page as an officer uses it, in French: the thresholds of the rule set in force, a
 * refused value named next to its field, a valid change that becomes a draft where only
 * {@code parameters.csv} differs, its activation journaled with the values before and after; and
 * the upload of rule files, which only an administrator may make.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=rulesets-tests")
class ParameterPagesTests {

    static final String PAGE = "/back-office/regles/parametres";
    static final String HOURS = "ACC-03.heures-conforme";
    static final String MINOR_HOURS = "ACC-03.heures-mineure";
    static final String WEEKS = "ACC-04.semaines-sans-canal";
    static final char NBSP = '\u00a0';

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired RuleEngine engine;
    @Autowired RuleSetStore store;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;

    RequestPostProcessor officer;
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

    /** The bundled rules as referential 2025.2: an upload that compiles and differs from the rules in force. */
    static Map<String, String> nextVersion() {
        Map<String, String> files = RuleSetFixtures.bundled();
        files.put("referential.properties", files.get("referential.properties").replace("version=2025.1", "version=2025.2"));
        return files;
    }

    static String field(String name) {
        return "valeurs[" + name + "]";
    }

    @Test
    void listsTheParametersOfTheRuleSetInForceByCriterionWithValueRangeAndField() throws Exception {
        mvc.perform(get(PAGE + "?lang=fr").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Paramètres des règles</h1>")))
                .andExpect(content().string(containsString("<span class=\"criterion-id\">ACC-03</span>")))
                .andExpect(content().string(containsString("<span>Amplitude d&#39;accueil</span>")))
                .andExpect(content().string(containsString("<a href=\"#groupe-ACC-03\">ACC-03</a>")))
                .andExpect(content().string(containsString("<a href=\"#groupe-DECISION\">Décision de label</a>")))
                .andExpect(content().string(containsString("Indicateur «" + NBSP + "Territoire d&#39;Orientation" + NBSP + "»")))
                .andExpect(content().string(containsString("<label for=\"p-ACC-03-heures-conforme\">"
                        + "Ouverture au public par semaine pour être conforme (h)</label>")))
                .andExpect(content().string(containsString("<code>ACC-03.heures-conforme</code>")))
                .andExpect(content().string(containsString("En vigueur" + NBSP + ": 24" + NBSP + "h" + NBSP
                        + "; valeurs admises" + NBSP + ": de 1" + NBSP + "h à 168" + NBSP + "h")))
                .andExpect(content().string(containsString("name=\"valeurs[ACC-03.heures-conforme]\" value=\"24\"")))
                .andExpect(content().string(containsString("name=\"valeurs[NET-01.part-conforme]\" value=\"0,75\"")))
                .andExpect(content().string(containsString("En vigueur" + NBSP + ": 75" + NBSP + "%")));
    }

    @Test
    void showsTheParametersInEnglish() throws Exception {
        mvc.perform(get(PAGE + "?lang=en").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Rule parameters</h1>")))
                .andExpect(content().string(containsString("Weekly opening hours to be compliant")))
                .andExpect(content().string(containsString("name=\"valeurs[NET-01.part-conforme]\" value=\"0.75\"")))
                .andExpect(content().string(containsString("In force: 3" + NBSP + "weeks")));
    }

    @Test
    void refusesAValueOutOfRangeNextToItsFieldAndKeepsNoDraft() throws Exception {
        mvc.perform(post(PAGE).param(field(HOURS), "200").with(officer).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"p-ACC-03-heures-conforme-error\">"
                        + "Valeur hors de l&#39;intervalle admis")))
                .andExpect(content().string(containsString("aria-describedby=\"p-ACC-03-heures-conforme-error p-ACC-03-heures-conforme-hint\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"200\"")))
                .andExpect(content().string(containsString("href=\"#p-ACC-03-heures-conforme\"")));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void refusesAWholeNumberParameterWithDecimals() throws Exception {
        mvc.perform(post(PAGE).param(field(WEEKS), "2,5").with(officer).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"p-ACC-04-semaines-sans-canal-error\">")))
                .andExpect(content().string(containsString("nombre entier")));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void refusesAMinorThresholdAboveTheCompliantOne() throws Exception {
        mvc.perform(post(PAGE).param(field(HOURS), "24").param(field(MINOR_HOURS), "30").with(officer).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"p-ACC-03-heures-mineure-error\">Ne peut dépasser")))
                .andExpect(content().string(not(containsString("id=\"p-ACC-03-heures-conforme-error\""))));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void refusesTextThatIsNotANumber() throws Exception {
        mvc.perform(post(PAGE).param(field(HOURS), "vingt").param(field(MINOR_HOURS), "").with(officer).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"p-ACC-03-heures-conforme-error\">Saisissez un nombre")))
                .andExpect(content().string(containsString("id=\"p-ACC-03-heures-mineure-error\">Saisissez une valeur")));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void answersAFormWithoutChangeWithANoticeAndNoDraft() throws Exception {
        mvc.perform(post(PAGE).param(field(HOURS), "24,0").param(field("NET-01.part-conforme"), "0,75").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parameters-unchanged\"")));
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void makesADraftWhereOnlyTheParametersFileChangesAndShowsEachChange() throws Exception {
        String location = mvc.perform(post(PAGE).param(field(HOURS), "20").param(field("NET-01.part-conforme"), "0,8")
                        .param(field("QUA-01.taux-conforme"), "80").with(officer).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/back-office/regles/brouillons/*"))
                .andExpect(flash().attribute("drafted", "2025.1"))
                .andReturn().getResponse().getRedirectedUrl();
        String draftId = location.substring(location.lastIndexOf('/') + 1);

        RuleSetDraft draft = store.draft(draftId).orElseThrow();
        Map<String, String> inForce = engine.active().files();
        Map<String, String> drafted = draft.filesByName();
        assertThat(drafted.keySet()).isEqualTo(inForce.keySet());
        inForce.forEach((name, text) -> {
            if (!name.equals(Parameters.FILE)) {
                assertThat(drafted.get(name)).as(name).isEqualTo(text);
            }
        });
        assertThat(drafted.get(Parameters.FILE)).isNotEqualTo(inForce.get(Parameters.FILE));
        Parameters parameters = Parameters.parse(drafted.get(Parameters.FILE));
        assertThat(parameters.value(HOURS)).isEqualTo(20.0);
        assertThat(parameters.value("NET-01.part-conforme")).isEqualTo(0.8);
        assertThat(parameters.all()).hasSameSizeAs(engine.active().catalogue().parameters().all());
        assertThat(draft.fromParameters()).isTrue();
        assertThat(draft.uploadedBy()).isEqualTo(AccountFixture.OFFICER);
        assertThat(journal.latest(JournalAction.RULES_DRAFTED, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo(HOURS + NBSP + ": 24" + NBSP + "h" + NBSP + "; NET-01.part-conforme" + NBSP + ": 75" + NBSP + "%");
            assertThat(entry.after()).isEqualTo(HOURS + NBSP + ": 20" + NBSP + "h" + NBSP + "; NET-01.part-conforme" + NBSP + ": 80" + NBSP + "%");
        });

        mvc.perform(get(location).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parameter-changes\"")))
                .andExpect(content().string(containsString("<strong>" + HOURS + NBSP + ": 24" + NBSP + "h → 20" + NBSP + "h</strong>")))
                .andExpect(content().string(containsString("<strong>NET-01.part-conforme" + NBSP + ": 75" + NBSP + "% → 80" + NBSP + "%</strong>")))
                .andExpect(content().string(not(containsString("QUA-01.taux-conforme" + NBSP + ":"))))
                .andExpect(content().string(containsString("Page des paramètres (seul parameters.csv change)")))
                .andExpect(content().string(not(containsString("même numéro de version"))));
    }

    @Test
    void journalsTheChangedParametersBeforeAndAfterWhenTheDraftIsActivated() throws Exception {
        String location = mvc.perform(post(PAGE).param(field(HOURS), "20").with(officer).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(location + "/activation").with(officer).with(csrf())).andExpect(status().isFound());

        assertThat(engine.active().catalogue().parameters().value(HOURS)).isEqualTo(20.0);
        JournalEntry entry = journal.latest(JournalAction.RULES_ACTIVATED, 1).get(0);
        assertThat(entry.actor()).isEqualTo(AccountFixture.OFFICER);
        assertThat(entry.before()).startsWith("2025.1 (").endsWith(" — " + HOURS + NBSP + ": 24" + NBSP + "h");
        assertThat(entry.after()).startsWith("2025.1 (").endsWith(" — " + HOURS + NBSP + ": 20" + NBSP + "h");
        mvc.perform(get(PAGE).with(officer))
                .andExpect(content().string(containsString("name=\"valeurs[ACC-03.heures-conforme]\" value=\"20\"")));
    }

    @Test
    void refusesAnUploadOfRuleFilesFromAnOfficer() throws Exception {
        mvc.perform(multipart("/back-office/regles/brouillons").file(RuleSetPagesTests.zip(nextVersion()))
                        .with(officer).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(store.drafts()).isEmpty();
    }

    @Test
    void acceptsAnUploadOfRuleFilesFromAnAdministrator() throws Exception {
        mvc.perform(multipart("/back-office/regles/brouillons").file(RuleSetPagesTests.zip(nextVersion()))
                        .with(admin).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/back-office/regles/brouillons/*"));
        assertThat(store.drafts()).singleElement().extracting(RuleSetDraft::uploadedBy).isEqualTo(AccountFixture.ADMIN);
    }

    @Test
    void acceptsAParametersFileInAnUpload() throws Exception {
        Map<String, String> files = RuleSetFixtures.bundled();
        files.put(Parameters.FILE, files.get(Parameters.FILE).replace(HOURS + ";ACC-03;decimal;24;", HOURS + ";ACC-03;decimal;22;"));
        mvc.perform(multipart("/back-office/regles/brouillons").file(RuleSetPagesTests.zip(files)).with(admin).with(csrf()))
                .andExpect(status().isFound());
        assertThat(store.drafts()).singleElement().satisfies(draft -> assertThat(Parameters.parse(
                store.draft(draft.id()).orElseThrow().filesByName().get(Parameters.FILE)).value(HOURS)).isEqualTo(22.0));
    }

    @Test
    void showsTheUploadFormToAdministratorsOnlyAndTheParametersPageToEveryOfficer() throws Exception {
        mvc.perform(get("/back-office/regles?lang=fr").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"fichiers\""))))
                .andExpect(content().string(containsString("id=\"upload-by-admin\"")))
                .andExpect(content().string(containsString("href=\"/back-office/regles/parametres\"")));
        mvc.perform(get("/back-office/regles?lang=fr").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fichiers\"")))
                .andExpect(content().string(not(containsString("id=\"upload-by-admin\""))))
                .andExpect(content().string(containsString("href=\"/back-office/regles/parametres\"")));
    }

    @Test
    void leadsToTheParametersPageFromTheBackOfficeMenus() throws Exception {
        mvc.perform(get("/back-office").with(officer))
                .andExpect(content().string(containsString("href=\"/back-office/regles/parametres\"")));
        mvc.perform(get(PAGE).with(officer))
                .andExpect(content().string(containsString("<a href=\"/back-office/regles/parametres\" aria-current=\"page\"")));
    }
}
