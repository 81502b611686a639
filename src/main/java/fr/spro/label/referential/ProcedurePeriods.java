package fr.spro.label.referential;

import java.time.Period;
import java.util.List;

/**
 * The periods of the label procedure ({@code procedure.md}), read from the referential's
 * parameters under the names the procedure gives them: a Region changes them in
 * {@code rules/parameters.csv}, never in Java. Each runs from the notification date of the act
 * that opens it.
 *
 * @param labelValidity      {@code label.validity}: a granted label's validity, from its start
 * @param renewalWindow      {@code label.renewal-window}: a grant this close to the end renews the label
 * @param conditions         {@code conditions.period}: the action plan of a label under conditions
 * @param majorCorrection    {@code major.correction-period}: the corrections of a suspended label
 * @param verification       {@code verification.period}: the officer's check after either period above
 * @param observations       {@code withdrawal.observations-period}: the structure's observations
 * @param opinion            {@code withdrawal.opinion-period}: the CREFOP's opinion
 * @param withdrawalDecision {@code withdrawal.decision-period}: the final decision after the opinion
 * @param reapplicationWait  {@code reapplication.waiting-period}: no grant this soon after a refusal or withdrawal
 * @param appeal             {@code appeal.period}: a recours gracieux or contentieux
 * @param explanation        {@code explanation.period}: the explanation of an algorithmic decision asked for
 * @param endingNotice       {@code label.ending-notice}: how long before its end a label shows on the officers' deadlines
 */
public record ProcedurePeriods(Period labelValidity, Period renewalWindow, Period conditions, Period majorCorrection,
                               Period verification, Period observations, Period opinion, Period withdrawalDecision,
                               Period reapplicationWait, Period appeal, Period explanation, Period endingNotice) {

    public static final String LABEL_VALIDITY = "label.validity";
    public static final String RENEWAL_WINDOW = "label.renewal-window";
    public static final String CONDITIONS = "conditions.period";
    public static final String MAJOR_CORRECTION = "major.correction-period";
    public static final String VERIFICATION = "verification.period";
    public static final String OBSERVATIONS = "withdrawal.observations-period";
    public static final String OPINION = "withdrawal.opinion-period";
    public static final String WITHDRAWAL_DECISION = "withdrawal.decision-period";
    public static final String REAPPLICATION_WAIT = "reapplication.waiting-period";
    public static final String APPEAL = "appeal.period";
    public static final String EXPLANATION = "explanation.period";
    public static final String ENDING_NOTICE = "label.ending-notice";

    /** Every name a referential's parameters must define, in the order of {@code procedure.md}. */
    public static final List<String> NAMES = List.of(LABEL_VALIDITY, RENEWAL_WINDOW, CONDITIONS, MAJOR_CORRECTION, VERIFICATION,
            OBSERVATIONS, OPINION, WITHDRAWAL_DECISION, REAPPLICATION_WAIT, APPEAL, EXPLANATION, ENDING_NOTICE);

    static ProcedurePeriods of(Parameters parameters) {
        return new ProcedurePeriods(parameters.period(LABEL_VALIDITY), parameters.period(RENEWAL_WINDOW),
                parameters.period(CONDITIONS), parameters.period(MAJOR_CORRECTION), parameters.period(VERIFICATION),
                parameters.period(OBSERVATIONS), parameters.period(OPINION), parameters.period(WITHDRAWAL_DECISION),
                parameters.period(REAPPLICATION_WAIT), parameters.period(APPEAL), parameters.period(EXPLANATION),
                parameters.period(ENDING_NOTICE));
    }
}
