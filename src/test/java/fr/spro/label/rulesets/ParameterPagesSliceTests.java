package fr.spro.label.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.journal.Actor;
import fr.spro.label.security.Role;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.WebSliceSecurity;
import fr.spro.label.support.RuleFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The parameters form in the web layer alone: each value typed read as a number ({@link
 * ParameterForm.Numbers}), refused next to its field with the value in force, the referential's
 * range refusals shown the same way, and a draft asked for with the changed values only. The rule
 * sets are a mock around the bundled rule set: ParameterPagesTests runs the same form on the real store.
 */
@WebMvcTest(ParameterPages.class)
@WebSliceSecurity
class ParameterPagesSliceTests {

    static final String PAGE = ParameterPages.PATH;
    static final String HOURS = "ACC-03.heures-conforme";
    static final String MINOR_HOURS = "ACC-03.heures-mineure";
    static final String SHARE = "NET-01.part-conforme";
    static final char NBSP = '\u00a0';
    static final RequestPostProcessor OFFICER = SignedIn.as("officier-slice", Role.OFFICER, null);

    @Autowired MockMvc mvc;
    @MockitoBean RuleSets ruleSets;

    @BeforeEach
    void theBundledRulesInForce() {
        when(ruleSets.active()).thenReturn(RuleFixtures.bundledRuleSet());
    }

    static String field(String name) {
        return "valeurs[" + name + "]";
    }

    @Test
    void valuesThatAreNoNumberAreRefusedNextToTheirFieldWithTheValueInForceAndNothingIsDrafted() throws Exception {
        mvc.perform(post(PAGE).with(csrf()).with(OFFICER).param(field(HOURS), "vingt").param(field(MINOR_HOURS), " ")
                        .param(field(SHARE), "0,8"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name(ParameterPages.VIEW))
                .andExpect(model().attribute("errorCount", 2))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"p-ACC-03-heures-conforme-error\">"
                        + "Saisissez un nombre, par exemple 24 ou 0,75 (en vigueur" + NBSP + ": 24" + NBSP + "h).</p>")))
                .andExpect(content().string(containsString("id=\"p-ACC-03-heures-mineure-error\">Saisissez une valeur (en vigueur" + NBSP)))
                .andExpect(content().string(containsString("value=\"vingt\"")))
                .andExpect(content().string(not(containsString("id=\"p-NET-01-part-conforme-error\""))));

        verify(ruleSets, never()).draftParameters(anyMap(), any(Actor.class));
    }

    @Test
    void theMessageIsInTheReadersLanguage() throws Exception {
        mvc.perform(post(PAGE).with(csrf()).with(OFFICER).cookie(new Cookie("to-lang", "en")).param(field(HOURS), "vingt"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"p-ACC-03-heures-conforme-error\">Enter a number")))
                .andExpect(content().string(containsString("24" + NBSP + "h")));
    }

    @Test
    void aValueOutOfRangeIsTheReferentialsToRefuseAndIsShownTheSameWay() throws Exception {
        when(ruleSets.parameterRefusals(anyMap())).thenReturn(Map.of(HOURS, "Valeur hors de l'intervalle admis"));

        mvc.perform(post(PAGE).with(csrf()).with(OFFICER).param(field(HOURS), "200"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"p-ACC-03-heures-conforme-error\">Valeur hors de l&#39;intervalle admis")))
                .andExpect(content().string(containsString("value=\"200\"")));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, BigDecimal>> checked = ArgumentCaptor.forClass(Map.class);
        verify(ruleSets).parameterRefusals(checked.capture());
        assertThat(checked.getValue()).containsOnlyKeys(HOURS);
        assertThat(checked.getValue().get(HOURS)).isEqualByComparingTo("200");
        verify(ruleSets, never()).draftParameters(anyMap(), any(Actor.class));
    }

    @Test
    void theChangedValuesAloneBecomeADraftWhosePageFollows() throws Exception {
        when(ruleSets.draftParameters(anyMap(), any(Actor.class))).thenReturn(Optional.of(new RuleSetDraft("draft-slice", "2025.1-p1",
                "fingerprint", 55, 60, List.of(), "officier-slice", Instant.parse("2031-01-01T00:00:00Z"), RuleSetDraft.FROM_PARAMETERS)));

        mvc.perform(post(PAGE).with(csrf()).with(OFFICER).param(field(HOURS), "20").param(field(SHARE), "0,75")
                        .param(field("NOT-A.parameter"), "12"))
                .andExpect(redirectedUrl(RuleSetPages.ROOT + "/brouillons/draft-slice"))
                .andExpect(flash().attribute("drafted", "2025.1-p1"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, BigDecimal>> changed = ArgumentCaptor.forClass(Map.class);
        verify(ruleSets).draftParameters(changed.capture(), eq(new Actor("officier-slice", "127.0.0.1")));
        assertThat(changed.getValue()).containsOnlyKeys(HOURS);
        assertThat(changed.getValue().get(HOURS)).isEqualByComparingTo("20");
    }

    @Test
    void aFormWithoutChangeSaysSoAndDraftsNothing() throws Exception {
        mvc.perform(post(PAGE).with(csrf()).with(OFFICER).param(field(HOURS), "24,0"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("unchanged", true));
    }

    @Test
    void theFormNeedsTheCsrfTokenAndAnOfficer() throws Exception {
        mvc.perform(post(PAGE).with(OFFICER).param(field(HOURS), "20")).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).with(csrf()).with(SignedIn.as("ml-slice", Role.STRUCTURE, "ML-SLICE")).param(field(HOURS), "20"))
                .andExpect(status().isForbidden());

        verify(ruleSets, never()).draftParameters(anyMap(), any(Actor.class));
    }
}
