package fr.spro.label.review;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A structure's label on a day, as the decision table of {@code procedure.md} needs it: whether a
 * label is in force and until when, and the last refusal or withdrawal that opened a waiting
 * period. The registry's label timeline answers it, from these decisions and acts; this module
 * only asks, so that the timeline can keep reading the decisions without a cycle.
 */
public interface LabelStanding {

    /**
     * @param day              the day of the decision about to be taken
     * @param leavingOutCampaign the campaign being decided: its earlier decision is being replaced, so it does not count
     */
    Standing of(String structureId, LocalDate day, String leavingOutCampaign);

    /**
     * @param labelUntil  the end of validity of a label in force on the day (granted, under conditions
     *                    or suspended), empty when none is
     * @param refusedOn   the day of the last refusal or withdrawal since the last grant, if any
     */
    record Standing(Optional<LocalDate> labelUntil, Optional<LocalDate> refusedOn) {

        public static final Standing NONE = new Standing(Optional.empty(), Optional.empty());
    }
}
