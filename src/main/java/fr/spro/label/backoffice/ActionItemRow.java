package fr.spro.label.backoffice;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.structure.MemberStructure;

/**
 * One action-plan item followed up by officers.
 *
 * @param daysLate days past the due date, 0 when not overdue
 */
record ActionItemRow(MemberStructure structure, String campaign, ActionItem item, FollowUp followUp, long daysLate) {
}
