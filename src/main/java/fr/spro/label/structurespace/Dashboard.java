package fr.spro.label.structurespace;

import java.time.LocalDate;
import java.util.List;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.structure.MemberStructure;

/**
 * What the structure sees first: the campaign to fill in, where it stands, its label and the
 * action-plan items still open.
 *
 * @param campaign         the latest open campaign, or {@code null} when none is open
 * @param assessmentStatus {@code NOT_STARTED}, {@code DRAFT} or {@code SUBMITTED}
 * @param daysLeft         days until the deadline (negative once passed), or {@code null} without a deadline
 * @param label            the structure's public label as of today, or {@code null} when never labelled
 * @param latestResults    the latest campaign with an evaluation, or {@code null}
 */
public record Dashboard(
        MemberStructure structure,
        Campaign campaign,
        String assessmentStatus,
        LocalDate submittedOn,
        boolean activityReported,
        Long daysLeft,
        RegistryEntry label,
        List<ActionPlansInForce.OpenAction> openActions,
        String latestResults) {

    public boolean resourcePartner() {
        return structure.membership() == fr.spro.label.structure.Membership.RESOURCE_PARTNER;
    }

    public boolean deadlinePassed() {
        return daysLeft != null && daysLeft < 0;
    }
}
