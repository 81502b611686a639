package fr.spro.label.reporting;

import fr.spro.label.referential.Parameters;

/**
 * When a territory is shown as "Territoire d'Orientation" (referential.md, "Territory indicator"):
 * at least {@code minLabelledShare} of its eligible structures hold a valid label, and the quarterly
 * meetings held there (the maximum its members report; an unreported figure counts as
 * {@code defaultMeetingsHeld}) reach {@code minMeetingsHeld}. The thresholds are the Region's to change:
 * they are parameters of the rule set in force ({@code parameters.csv}), never written in Java.
 */
public record TerritoryIndicatorRule(double minLabelledShare, int minMeetingsHeld, int defaultMeetingsHeld) {

    static final String SHARE = "TERRITOIRE.part-labellisee";
    static final String MEETINGS = "TERRITOIRE.reunions-tenues";
    static final String DEFAULT_MEETINGS = "NET-01.reunions-tenues-par-defaut";

    boolean isTerritoireOrientation(Double labelledShare, Integer meetingsHeld) {
        return labelledShare != null && labelledShare >= minLabelledShare
                && meetingsHeld != null && meetingsHeld >= minMeetingsHeld;
    }

    /** The rule as the parameters of a rule set state it. */
    static TerritoryIndicatorRule of(Parameters parameters) {
        return new TerritoryIndicatorRule(parameters.value(SHARE), (int) parameters.value(MEETINGS),
                (int) parameters.value(DEFAULT_MEETINGS));
    }
}
