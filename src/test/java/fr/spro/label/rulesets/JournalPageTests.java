package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit trail page: every event with who, when, from where, before and after; filtered by action; paged. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=rulesets-tests")
class JournalPageTests {

    /**
     * An action only these tests store, so other tests' entries never change their counts; no
     * {@link JournalAction} has it, as entries of an older version may not: the page still shows and filters them.
     */
    static final String PAGED = "TEST_PAGED_ACTION";
    static final int RECORDED = 53;

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired Journal journal;
    @Autowired MongoTemplate mongo;

    RequestPostProcessor officer;

    @BeforeEach
    void entries() {
        AccountFixture.createAll(accounts, encoder);
        officer = SignedIn.as(accounts, AccountFixture.OFFICER);
        if (journal.count(PAGED) == 0) {
            for (int i = 1; i <= RECORDED; i++) {
                mongo.insert(new JournalEntry(null, Instant.now(), "agent.qualite", PAGED, "objet-" + i, "avant-" + i, "après-" + i,
                        "192.0.2." + i));
            }
            journal.record(new Actor("agent.qualite", "198.51.100.4"), JournalAction.DECISION_OVERRIDE, "ML-DIJON/2025",
                    "proposition LABELLISE", "AJOURNE — pièces manquantes au dossier");
        }
    }

    static int rows(String html) {
        Matcher body = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertThat(body.find()).isTrue();
        return (int) Pattern.compile("<tr>").matcher(body.group(1)).results().count();
    }

    @Test
    void showsWhoWhenFromWhereBeforeAndAfter() throws Exception {
        mvc.perform(get("/back-office/journal?action=DECISION_OVERRIDE&lang=fr").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dérogation (autre décision que la proposition)")))
                .andExpect(content().string(containsString("<td>agent.qualite</td>")))
                .andExpect(content().string(containsString("<td>ML-DIJON/2025</td>")))
                .andExpect(content().string(containsString("<td>proposition LABELLISE</td>")))
                .andExpect(content().string(containsString("<td>AJOURNE — pièces manquantes au dossier</td>")))
                .andExpect(content().string(containsString("<td>198.51.100.4</td>")))
                .andExpect(content().string(containsString("<time datetime=\"")));
    }

    @Test
    void filtersByActionAndPagesTheLatestFirst() throws Exception {
        String first = mvc.perform(get("/back-office/journal?action=" + PAGED).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(RECORDED + " événements.")))
                .andExpect(content().string(containsString("page 1 sur 2")))
                .andExpect(content().string(containsString("href=\"/back-office/journal?action=" + PAGED + "&amp;page=2\"")))
                .andExpect(content().string(not(containsString("DECISION_OVERRIDE</td>"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(first)).isEqualTo(JournalPage.PAGE_SIZE);
        assertThat(first.indexOf("objet-" + RECORDED + "<")).as("latest first").isLessThan(first.indexOf("objet-10<"));

        String second = mvc.perform(get("/back-office/journal?action=" + PAGED + "&page=2").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page 2 sur 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(second)).isEqualTo(RECORDED - JournalPage.PAGE_SIZE);
        assertThat(second).contains("<td>objet-1</td>").doesNotContain("<td>objet-" + RECORDED + "</td>");
    }

    @Test
    void offersEveryRecordedActionAsAFilter() throws Exception {
        mvc.perform(get("/back-office/journal").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + PAGED + "\">" + PAGED + "</option>")))
                .andExpect(content().string(containsString("<option value=\"DECISION_OVERRIDE\">Dérogation")));
    }

    @Test
    void answersAPageThatIsNotANumberWith400NamingIt() throws Exception {
        for (String page : new String[] {"0", "-1", "deux", "99999999999"}) {
            mvc.perform(get("/back-office/journal").param("page", page).with(officer))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Le paramètre « page » a une valeur non reconnue")));
        }
    }

    @Test
    void speaksEnglishToo() throws Exception {
        mvc.perform(get("/back-office/journal?action=DECISION_OVERRIDE&lang=en").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Audit trail</h1>")))
                .andExpect(content().string(containsString("Override (another decision than the proposal)")));
    }
}
