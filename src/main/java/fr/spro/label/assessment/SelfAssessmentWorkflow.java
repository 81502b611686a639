package fr.spro.label.assessment;

import java.time.Clock;
import java.time.Instant;

import fr.spro.label.journal.Journal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The state changes of a structure's self-assessment, each guarded and journaled. Reopening (an
 * officer's act) turns a submitted self-assessment back into a draft its structure can change.
 */
@Service
public class SelfAssessmentWorkflow {

    static final String REOPEN = "REOPEN";
    static final int MAX_REASON = 1000;

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final ObjectProvider<DecisionLookup> decisions;
    private final Journal journal;
    private final Clock clock;

    SelfAssessmentWorkflow(MongoTemplate mongo, Campaigns campaigns, ObjectProvider<DecisionLookup> decisions,
                           Journal journal, Clock clock) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Reopens the submitted self-assessment of a structure for a campaign, with the officer's reason.
     * Refused when there is no reason, when the campaign is closed (the structure could not change
     * anything), when the self-assessment is not submitted, and when a label decision is already
     * confirmed for it: a decision never silently changes under an officer.
     */
    public SelfAssessment reopen(String structureId, String campaign, String officer, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new TransitionRefused("REASON_REQUIRED", "Indiquez pourquoi vous rouvrez cette auto-évaluation.");
        }
        if (why.length() > MAX_REASON) {
            throw new TransitionRefused("REASON_TOO_LONG", "Le motif dépasse " + MAX_REASON + " caractères.");
        }
        Campaign theCampaign = campaigns.find(campaign).orElseThrow(() ->
                new TransitionRefused("UNKNOWN_CAMPAIGN", "La campagne " + campaign + " n'existe pas."));
        if (!theCampaign.isOpen()) {
            throw new TransitionRefused("CAMPAIGN_CLOSED", "La campagne " + campaign
                    + " est close : rouvrez-la avant de rouvrir une auto-évaluation.");
        }
        SelfAssessment current = mongo.findById(SelfAssessment.idOf(structureId, campaign), SelfAssessment.class);
        if (current == null) {
            throw new TransitionRefused("NOT_SUBMITTED", "La structure " + structureId
                    + " n'a pas d'auto-évaluation pour la campagne " + campaign + ".");
        }
        SelfAssessment reopened = current.reopened(Instant.now(clock));
        DecisionLookup lookup = decisions.getIfAvailable();
        if (lookup != null && lookup.isDecided(structureId, campaign)) {
            throw new TransitionRefused("ALREADY_DECIDED", "Une décision de label est déjà prise pour " + structureId
                    + " (campagne " + campaign + ") : son auto-évaluation ne peut plus être rouverte.");
        }
        SelfAssessment saved = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(current.id()).and("status").is(AssessmentStatus.SUBMITTED)),
                new Update().set("status", reopened.status()).set("submittedAt", null).set("updatedAt", reopened.updatedAt()),
                FindAndModifyOptions.options().returnNew(true), SelfAssessment.class);
        if (saved == null) {
            throw new TransitionRefused("NOT_SUBMITTED", "L'auto-évaluation de " + structureId
                    + " vient d'être rouverte par quelqu'un d'autre.");
        }
        journal.record(officer, REOPEN, structureId + "/" + campaign, AssessmentStatus.SUBMITTED.name(),
                AssessmentStatus.DRAFT.name() + " — " + why, null);
        return saved;
    }
}
