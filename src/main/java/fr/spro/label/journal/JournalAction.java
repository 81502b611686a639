package fr.spro.label.journal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of event the audit trail records. The {@link #code() code} is what each entry stores
 * and what the journal page filters on: it never changes once entries carry it (renaming a
 * constant keeps its code), so entries written before stay readable and filterable. The journal
 * page labels each code in French and English ({@code rulesets.journal.action.<code>}).
 */
public enum JournalAction {

    /** A data file imported: from the back office, the API, the inbox or a structure's own upload. */
    IMPORT("IMPORT"),
    /** An officer confirmed the proposal. */
    DECISION("DECISION"),
    /** An officer took another decision than the proposal, with a justification. */
    DECISION_OVERRIDE("DECISION_OVERRIDE"),
    /** A campaign's evaluation job launched from the back office. */
    EVALUATION_LAUNCH("EVALUATION_LAUNCH"),
    CAMPAIGN_CREATE("CAMPAIGN_CREATE"),
    CAMPAIGN_CLOSE("CAMPAIGN_CLOSE"),
    CAMPAIGN_REOPEN("CAMPAIGN_REOPEN"),
    /** A structure saved its self-assessment as a draft. */
    SELF_ASSESSMENT_DRAFT("SELF_ASSESSMENT_DRAFT"),
    SELF_ASSESSMENT_SUBMITTED("SELF_ASSESSMENT_SUBMITTED"),
    /** An officer gave submitted answers back to the structure, with a reason. */
    SELF_ASSESSMENT_REOPENED("SELF_ASSESSMENT_REOPENED"),
    /** A structure saved its activity report from the form. */
    ACTIVITY_REPORT_SAVED("ACTIVITY_REPORT_SAVED"),
    /** A structure answered an item of its action plan, not yet marked done. */
    ACTION_ITEM_ANSWERED("ACTION_ITEM_ANSWERED"),
    /** A structure marked an item of its action plan done. */
    ACTION_ITEM_DONE("ACTION_ITEM_DONE"),
    /** An officer accepted an item of an action plan (levée). */
    ACTION_ITEM_LIFTED("ACTION_ITEM_LIFTED"),
    /** An officer refused an item of an action plan, with the reason the structure reads (non levée). */
    ACTION_ITEM_NOT_LIFTED("ACTION_ITEM_NOT_LIFTED"),
    /** Every item of a label under conditions lifted: the label granted in full. */
    CONDITIONS_LIFTED("CONDITIONS_LIFTED"),
    /** Every corrective item of a suspension lifted: the label back to its state before. */
    SUSPENSION_LIFTED("SUSPENSION_LIFTED"),
    /** A label's validity ended without renewal: stored expired the day after (by the application, nobody decided it). */
    LABEL_EXPIRED("LABEL_EXPIRED"),
    RULES_UPLOADED("RULES_UPLOADED"),
    /** A draft prepared from the rule set in force with other parameter values. */
    RULES_DRAFTED("RULES_DRAFTED"),
    RULES_ACTIVATED("RULES_ACTIVATED"),
    RULES_DISCARDED("RULES_DISCARDED"),
    LOGIN_SUCCESS("LOGIN_SUCCESS"),
    LOGIN_FAILURE("LOGIN_FAILURE"),
    LOGIN_LOCKED("LOGIN_LOCKED"),
    /** A signed-in account asked for something its role may not do (403). */
    ACCESS_DENIED("ACCESS_DENIED"),
    USER_CREATED("USER_CREATED"),
    USER_UPDATED("USER_UPDATED"),
    /** A structure asked for the explanation of one of its decisions (CRPA R311-3-1-2); it was prepared at once. */
    EXPLANATION_REQUESTED("EXPLANATION_REQUESTED"),
    /** An officer sent the prepared explanation of a decision to its structure. */
    EXPLANATION_SENT("EXPLANATION_SENT");

    private final String code;

    JournalAction(String code) {
        this.code = code;
    }

    /** What entries store, e.g. {@code SELF_ASSESSMENT_DRAFT}. */
    public String code() {
        return code;
    }

    /** The action stored as {@code code}; empty for a code no action has (an entry from another version). */
    public static Optional<JournalAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
