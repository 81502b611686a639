package fr.spro.label.assessment;

/**
 * Whether an officer has already confirmed a label decision for a structure and campaign. The
 * review module answers it; the assessment module only asks, so it does not depend on the review.
 */
public interface DecisionLookup {

    boolean isDecided(String structureId, String campaign);
}
