package fr.spro.label.rulesets;

import java.util.List;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;

/**
 * What a draft rule set would change on a past campaign, against the evaluations stored for it.
 * Nothing of it is stored.
 *
 * @param simulated      structures the draft evaluated (those the campaign job would evaluate today)
 * @param changed        structures whose findings, compliance or proposal would change
 * @param proposals      proposal changes, "before → after" with how many structures
 * @param storedVersions rule-set versions of the stored evaluations compared with
 * @param shown          the changes listed one by one (the first ones; {@code changed} counts them all)
 */
record WhatIfReport(String campaign, String draftVersion, String activeVersion, List<String> storedVersions, int simulated,
                    int unchanged, int changed, int proposalsChanged, int findingsChanged, int withoutStoredEvaluation,
                    int noLongerEvaluated, List<ProposalShift> proposals, List<StructureChange> shown, List<Failure> failures) {

    /** How many structures would move from one proposal to another. */
    record ProposalShift(LabelDecision before, LabelDecision after, int structures) {
    }

    /**
     * One structure whose evaluation would differ.
     *
     * @param kind what kind of difference: a changed evaluation, one that would be new, or one that no longer would be made
     */
    record StructureChange(String structureId, String name, Kind kind, Compliance complianceBefore, Compliance complianceAfter,
                           LabelDecision proposalBefore, LabelDecision proposalAfter, List<FindingChange> findings) {

        public boolean proposalChanges() {
            return proposalBefore != proposalAfter;
        }

        public boolean complianceChanges() {
            return complianceBefore != complianceAfter;
        }
    }

    enum Kind {
        CHANGED, NEW, NO_LONGER_EVALUATED
    }

    /** One criterion whose outcome or explanation would change; {@code null} on the side where it does not exist. */
    record FindingChange(String criterion, Outcome before, Outcome after, String explanationBefore, String explanationAfter) {

        public boolean outcomeChanges() {
            return before != after;
        }
    }

    /** A structure the draft could not evaluate, with the rule engine's reason. */
    record Failure(String structureId, String message) {
    }

    public boolean hasChanges() {
        return changed > 0;
    }

    public int notShown() {
        return changed - shown.size();
    }
}
