package fr.spro.label.batch;

import java.util.List;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the request the campaign job would evaluate for one structure and compares its digest
 * with the stored evaluation's: equal means nothing the evaluation read has changed since.
 */
@Component
class CurrentEvaluationCheck implements CurrentEvaluations {

    private final Eligibility eligibility;
    private final EvaluationRequests requests;
    private final Campaigns campaigns;
    private final Directory directory;
    private final RuleEngine engine;

    CurrentEvaluationCheck(Eligibility eligibility, EvaluationRequests requests, Campaigns campaigns, Directory directory, RuleEngine engine) {
        this.eligibility = eligibility;
        this.requests = requests;
        this.campaigns = campaigns;
        this.directory = directory;
        this.engine = engine;
    }

    @Override
    public Optional<String> currentDigest(String structureId, String campaignId) {
        Optional<Campaign> campaign = campaigns.find(campaignId);
        Optional<MemberStructure> structure = directory.find(structureId);
        if (campaign.isEmpty() || structure.isEmpty()) {
            return Optional.empty();
        }
        List<EvaluationWork> work = requests.forPage(campaign.get(), eligibility.among(campaign.get(), List.of(structure.get())));
        return work.isEmpty() ? Optional.empty() : Optional.of(engine.inForce().digestOf(work.get(0).request()));
    }
}
