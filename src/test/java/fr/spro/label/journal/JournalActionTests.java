package fr.spro.label.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The actions' codes are what stored entries carry: they stay as they are, and each has a label on the journal page. */
class JournalActionTests {

    /** The codes entries were stored with before the enumeration existed: a change here would orphan them. */
    static final List<String> STORED_CODES = List.of("IMPORT", "DECISION", "DECISION_OVERRIDE", "EVALUATION_LAUNCH",
            "CAMPAIGN_CREATE", "CAMPAIGN_CLOSE", "CAMPAIGN_REOPEN", "SELF_ASSESSMENT_DRAFT", "SELF_ASSESSMENT_SUBMITTED",
            "SELF_ASSESSMENT_REOPENED", "ACTIVITY_REPORT_SAVED", "ACTION_ITEM_ANSWERED", "ACTION_ITEM_DONE", "RULES_UPLOADED",
            "RULES_DRAFTED", "RULES_ACTIVATED", "RULES_DISCARDED", "LOGIN_SUCCESS", "LOGIN_FAILURE", "LOGIN_LOCKED",
            "ACCESS_DENIED", "USER_CREATED", "USER_UPDATED", "EXPLANATION_REQUESTED", "EXPLANATION_SENT",
            "ACTION_ITEM_LIFTED", "ACTION_ITEM_NOT_LIFTED", "CONDITIONS_LIFTED", "SUSPENSION_LIFTED", "LABEL_EXPIRED");

    @Test
    void keepsTheCodesEntriesWereStoredWith() {
        assertThat(Arrays.stream(JournalAction.values()).map(JournalAction::code)).containsExactlyInAnyOrderElementsOf(STORED_CODES);
        STORED_CODES.forEach(code -> assertThat(JournalAction.ofCode(code)).map(JournalAction::code).contains(code));
    }

    @Test
    void labelsEveryActionInFrenchAndEnglish() throws IOException {
        for (String file : List.of("messages/messages.properties", "messages/messages_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (JournalAction action : JournalAction.values()) {
                assertThat(texts.getProperty("rulesets.journal.action." + action.code())).as(file + " " + action).isNotBlank();
            }
        }
    }
}
