package fr.spro.label.transparency;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.support.RuleSetFixtures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the transparency tests do to the rule set in force, the way officers do it: a threshold
 * changed on the parameters page, the draft activated; and the bundled rules put back afterwards.
 */
final class RulesPublication {

    static final String PAGE = "/comment-le-label-est-attribue";
    static final String API = "/api/rules";
    static final String HOURS = "ACC-03.heures-conforme";
    static final String NBSP = "\u00a0";

    private RulesPublication() {
    }

    /** Changes a parameter on the back office's parameters page and activates the draft it makes. */
    static void activateParameter(MockMvc mvc, RequestPostProcessor officer, String name, String value) throws Exception {
        String draft = mvc.perform(post("/back-office/regles/parametres").param("valeurs[" + name + "]", value)
                        .with(officer).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(draft + "/activation").with(officer).with(csrf())).andExpect(status().isFound());
    }

    /** No activation left, the bundled rules in force again: the state every test starts from. */
    static void bundledRulesBackInForce(MongoTemplate mongo, RuleEngine engine) {
        for (String collection : new String[] {"rule_set_activations", "rule_set_drafts"}) {
            if (mongo.collectionExists(collection)) {
                mongo.dropCollection(collection);
            }
        }
        engine.activate(engine.compile(RuleSetFixtures.bundled()));
    }

    /** Text as Thymeleaf escapes it in a page. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
