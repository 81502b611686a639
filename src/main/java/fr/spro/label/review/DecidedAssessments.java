package fr.spro.label.review;

import fr.spro.label.assessment.DecisionLookup;
import org.springframework.stereotype.Component;

/** Tells the assessment module which self-assessments have a confirmed label decision. */
@Component
class DecidedAssessments implements DecisionLookup {

    private final Decisions decisions;

    DecidedAssessments(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public boolean isDecided(String structureId, String campaign) {
        return decisions.existsById(Decision.idOf(structureId, campaign));
    }
}
