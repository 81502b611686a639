package fr.spro.label.reporting;

import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads what a document of one structure shows, refusing with a {@link ReportUnavailable} what does not exist. */
@Component
class ReportData {

    private final Directory directory;
    private final Campaigns campaigns;
    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;
    private final ObjectProvider<ActiveReferential> referential;

    ReportData(Directory directory, Campaigns campaigns, EvaluationStore evaluations, DecisionQueries decisions,
               ObjectProvider<ActiveReferential> referential) {
        this.directory = directory;
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.referential = referential;
    }

    MemberStructure structure(String structureId) {
        return directory.find(structureId).orElseThrow(() -> ReportUnavailable.structure(structureId));
    }

    Campaign campaign(String campaign) {
        return campaigns.find(campaign).orElseThrow(() -> ReportUnavailable.campaign(campaign));
    }

    Evaluation evaluation(String structureId, String campaign) {
        return evaluations.find(structureId, campaign)
                .orElseThrow(() -> ReportUnavailable.evaluation(structureId, campaign));
    }

    Optional<Decision> decision(String structureId, String campaign) {
        return decisions.find(structureId, campaign);
    }

    /**
     * The referential in force, asked for each document since an officer may activate another. Looked
     * up lazily: the rule engine that provides it lives in the evaluation module.
     */
    Catalogue catalogue() {
        ActiveReferential active = referential.getIfAvailable();
        if (active == null) {
            throw new IllegalStateException("Aucun référentiel actif : les intitulés des critères sont indisponibles");
        }
        return active.catalogue();
    }
}
