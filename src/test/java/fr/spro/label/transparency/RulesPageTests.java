package fr.spro.label.transparency;

import static fr.spro.label.transparency.RulesPublication.API;
import static fr.spro.label.transparency.RulesPublication.HOURS;
import static fr.spro.label.transparency.RulesPublication.NBSP;
import static fr.spro.label.transparency.RulesPublication.PAGE;
import static fr.spro.label.transparency.RulesPublication.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Parameter;
import fr.spro.label.rulesets.RuleSetHistory;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public page "Comment le label est attribué" and {@code GET /api/rules}: generated from the
 * rule set in force (every criterion of its catalogue with its thresholds, the decision rules, the
 * periods), following it when officers activate another one and listing the earlier versions with
 * their dates; open to everyone, signed in or not.
 */
@IntegrationTest
@AutoConfigureMockMvc
// A context of its own: these tests activate rule sets, which other classes must never see.
@TestPropertySource(properties = "test.own-context=transparency")
class RulesPageTests {

    @Autowired MockMvc mvc;
    @Autowired RuleEngine engine;
    @Autowired RuleSetHistory history;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired MongoTemplate mongo;

    RequestPostProcessor officer;

    @BeforeEach
    void bundledRulesInForce() {
        RulesPublication.bundledRulesBackInForce(mongo, engine);
        AccountFixture.createAll(accounts, encoder);
        officer = SignedIn.as(accounts, AccountFixture.OFFICER);
    }

    @AfterEach
    void noActivationLeft() {
        RulesPublication.bundledRulesBackInForce(mongo, engine);
    }

    Catalogue catalogue() {
        return engine.active().catalogue();
    }

    @Test
    void showsEveryCriterionOfTheCatalogueWithWhatItChecksAndTheThresholdsItApplies() throws Exception {
        String page = mvc.perform(get(PAGE).param("lang", "fr")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<Criterion> criteria = catalogue().criteria();
        assertThat(criteria).hasSizeGreaterThan(20);
        for (Criterion criterion : criteria) {
            assertThat(page).as(criterion.id()).contains("id=\"critere-" + criterion.id() + "\"",
                    "<span class=\"criterion-id\">" + criterion.id() + "</span>", html(criterion.titleFr()), html(criterion.helpFr()));
        }
        for (Parameter parameter : catalogue().parameters().all()) {
            if (catalogue().criterion(parameter.criterion()).isPresent()) {
                assertThat(page).as(parameter.name()).contains("data-parameter=\"" + parameter.name() + "\"", html(parameter.labelFr()));
            }
        }
        assertThat(page).contains("<h1>Comment le label est attribué</h1>",
                "<dd id=\"version-in-force\">2025.1</dd>",
                html("Ouverture au public par semaine pour être conforme") + NBSP + ":</span>",
                "<strong>au" + NBSP + "moins" + NBSP + "24" + NBSP + "h</strong>",
                "<strong>au" + NBSP + "plus" + NBSP + "3" + NBSP + "semaines</strong>",
                "<strong>au" + NBSP + "moins" + NBSP + "75" + NBSP + "%</strong>",
                "Aucun seuil chiffré",
                html(engine.active().fingerprint()));
        assertThat(page).as("a criterion's rules, named as in its file")
                .contains("ouverture hebdomadaire au moins égale au seuil de conformité (conforme)");
    }

    @Test
    void statesTheDecisionRulesWithTheThresholdsOfTheParametersAndThatAnOfficerDecides() throws Exception {
        mvc.perform(get(PAGE).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L&#39;application propose, un agent de la Région décide")))
                .andExpect(content().string(containsString("<strong>Partiellement conforme" + NBSP + ":</strong>")))
                .andExpect(content().string(containsString("aucune non-conformité majeure, mais plus de 3" + NBSP
                        + "non-conformités mineures.")))
                .andExpect(content().string(containsString("aucune non-conformité majeure, et au" + NBSP + "plus" + NBSP + "3" + NBSP
                        + "non-conformités mineures (au moins une).")))
                .andExpect(content().string(containsString("dans un délai de 6" + NBSP + "mois après la notification")))
                .andExpect(content().string(containsString("pour 50" + NBSP + "% de cette valeur")))
                .andExpect(content().string(containsString("quand au" + NBSP + "moins" + NBSP + "75" + NBSP + "% de ses structures éligibles")))
                .andExpect(content().string(containsString("PROPOSITION ajourné")))
                .andExpect(content().string(containsString("data-parameter=\"appeal.period\"")))
                .andExpect(content().string(containsString("<dd>2" + NBSP + "mois</dd>")))
                .andExpect(content().string(containsString("dans un délai de 1" + NBSP + "mois. Une décision peut")))
                .andExpect(content().string(containsString("la mise en service de l&#39;application")))
                .andExpect(content().string(containsString("Aucune" + NBSP + ": le jeu de règles en vigueur est le premier.")));
    }

    @Test
    void showsTheSameRulesInEnglish() throws Exception {
        mvc.perform(get(PAGE).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("<h1>How the label is awarded</h1>")))
                .andExpect(content().string(containsString("Weekly opening hours to be compliant:</span>")))
                .andExpect(content().string(containsString("<strong>at" + NBSP + "least" + NBSP + "24" + NBSP + "h</strong>")))
                .andExpect(content().string(containsString("Free services")))
                .andExpect(content().string(containsString("no major non-conformity, but more than 3" + NBSP + "minor non-conformities.")))
                .andExpect(content().string(containsString("<ul class=\"rule-names\" lang=\"fr\">")));
    }

    @Test
    void theApiGivesTheSameRulesAsJson() throws Exception {
        int criteria = catalogue().criteria().size();
        mvc.perform(get(API))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2025.1"))
                .andExpect(jsonPath("$.fingerprint").value(engine.active().fingerprint()))
                .andExpect(jsonPath("$.inForceSince").isEmpty())
                .andExpect(jsonPath("$.page").value("http://localhost:8080/comment-le-label-est-attribue"))
                .andExpect(jsonPath("$.decidedBy").value(containsString("chargé de mission qualité")))
                .andExpect(jsonPath("$.criteria", hasSize(criteria)))
                .andExpect(jsonPath("$.criteria[0].id").value("ACC-01"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].theme").value("ACC"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].checks").value(catalogue().criterion("ACC-03").orElseThrow().helpFr()))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].name").value(HOURS))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].value").value(24))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].unit").value("h"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].bound").value("min"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].text").value("au" + NBSP + "moins" + NBSP + "24" + NBSP + "h"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'NET-01')].parameters[1].value").value(0.75))
                .andExpect(jsonPath("$.criteria[?(@.id == 'NET-01')].parameters[1].type").value("share"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].rules[0]").value(hasItem(containsString("(conforme)"))))
                .andExpect(jsonPath("$.decisionRules", hasSize(5)))
                .andExpect(jsonPath("$.decisionRules[0].key").value("compliance"))
                .andExpect(jsonPath("$.decisionRules[1].key").value("proposal"))
                .andExpect(jsonPath("$.decisionRules[4].key").value("territory"))
                .andExpect(jsonPath("$.decisionRules[1].rules[?(@.outcome == 'AJOURNE')].parameters[0]").value("DECISION.mineures-max-conditions"))
                .andExpect(jsonPath("$.decisionRules[1].rules[?(@.outcome == 'AJOURNE')].condition").value(hasItem(containsString("plus de 3"))))
                .andExpect(jsonPath("$.periods", hasSize(12)))
                .andExpect(jsonPath("$.periods[0].name").value("label.validity"))
                .andExpect(jsonPath("$.periods[0].value").value(3))
                .andExpect(jsonPath("$.periods[0].unit").value("ans"))
                .andExpect(jsonPath("$.earlierVersions", hasSize(0)))
                .andExpect(jsonPath("$.olderVersionsNotListed").value(false));
        mvc.perform(get(API).param("lang", "en"))
                .andExpect(jsonPath("$.criteria[0].title").value("Free services"))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].text").value("at" + NBSP + "least" + NBSP + "24" + NBSP + "h"))
                .andExpect(jsonPath("$.periods[0].unit").value("years"));
    }

    @Test
    void thePageAndTheApiFollowTheRuleSetOfficersActivateAndListTheEarlierVersionsWithTheirDates() throws Exception {
        String bundled = engine.active().fingerprint();
        RulesPublication.activateParameter(mvc, officer, HOURS, "20");
        RuleSetHistory.Activation first = history.latestFirst(1).get(0);
        RulesPublication.activateParameter(mvc, officer, HOURS, "22");
        RuleSetHistory.Activation second = history.latestFirst(1).get(0);
        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint()).isEqualTo(engine.active().fingerprint());

        mvc.perform(get(PAGE).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>au" + NBSP + "moins" + NBSP + "22" + NBSP + "h</strong>")))
                .andExpect(content().string(not(containsString("<strong>au" + NBSP + "moins" + NBSP + "24" + NBSP + "h</strong>"))))
                .andExpect(content().string(containsString("<time datetime=\"" + second.activatedAt() + "\">le ")))
                .andExpect(content().string(containsString("<strong>Version 2025.1, empreinte " + first.fingerprint().substring(0, 12)
                        + NBSP + ":</strong>")))
                .andExpect(content().string(containsString("<strong>Version 2025.1, empreinte " + bundled.substring(0, 12) + NBSP + ":</strong>")))
                .andExpect(content().string(containsString("règles de l&#39;application, en vigueur depuis sa mise en service jusqu&#39;au ")))
                .andExpect(content().string(containsString("en vigueur du ")));

        mvc.perform(get(API))
                .andExpect(jsonPath("$.fingerprint").value(second.fingerprint()))
                .andExpect(jsonPath("$.inForceSince").value(second.activatedAt().toString()))
                .andExpect(jsonPath("$.criteria[?(@.id == 'ACC-03')].parameters[0].value").value(22))
                .andExpect(jsonPath("$.earlierVersions", hasSize(2)))
                .andExpect(jsonPath("$.earlierVersions[0].fingerprint").value(first.fingerprint()))
                .andExpect(jsonPath("$.earlierVersions[0].inForceFrom").value(first.activatedAt().toString()))
                .andExpect(jsonPath("$.earlierVersions[0].inForceUntil").value(second.activatedAt().toString()))
                .andExpect(jsonPath("$.earlierVersions[0].activated").value(true))
                .andExpect(jsonPath("$.earlierVersions[1].fingerprint").value(bundled))
                .andExpect(jsonPath("$.earlierVersions[1].inForceFrom").isEmpty())
                .andExpect(jsonPath("$.earlierVersions[1].inForceUntil").value(first.activatedAt().toString()))
                .andExpect(jsonPath("$.earlierVersions[1].activated").value(false));
    }

    @Test
    void anonymousVisitorsReadThePageAndTheApiWithoutASessionOrACookie() throws Exception {
        for (String path : List.of(PAGE, API)) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
        }
    }

    @Test
    void signedInAccountsReadThemToo() throws Exception {
        mvc.perform(get(PAGE).with(SignedIn.as(accounts, AccountFixture.STRUCTURE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Comment le label est attribué</h1>")));
        mvc.perform(get(PAGE).with(officer)).andExpect(status().isOk());
        mvc.perform(get(API).with(httpBasic(AccountFixture.CREFOP, AccountFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("2025.1"));
    }

    @Test
    void thePublicPagesAndTheFooterLeadToThePage() throws Exception {
        for (String path : List.of("/", "/registre", "/accessibilite")) {
            mvc.perform(get(path)).andExpect(content().string(containsString("href=\"/comment-le-label-est-attribue\"")));
        }
        mvc.perform(get("/")).andExpect(content().string(containsString(">Les critères, les seuils et les règles de décision en vigueur</a>")));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/rules'].get.parameters[?(@.name == 'lang')].in").value("query"))
                .andExpect(jsonPath("$.paths['/api/rules'].get.responses['200'].content['application/json']").exists())
                .andExpect(jsonPath("$.paths['/api/rules'].get.security").isEmpty())
                .andExpect(jsonPath("$.paths['/comment-le-label-est-attribue']").doesNotExist());
    }
}
