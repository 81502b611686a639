package fr.spro.label.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.referential.Question;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The transitions of a self-assessment, for the structure space (save a draft, submit) and the
 * back office (reopen), each checked by {@link SelfAssessment}, stored only when the stored document
 * is still the one the check was made on (no transaction needed, so the embedded store does too),
 * and journaled. The importer is the other way in: it writes submitted answers directly.
 */
@Service
public class SelfAssessmentWorkflow {

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

    public Optional<SelfAssessment> find(String structureId, String campaign) {
        return Optional.ofNullable(mongo.findById(SelfAssessment.idOf(structureId, campaign), SelfAssessment.class));
    }

    /**
     * Replaces the draft's answers (creating the draft on first save).
     *
     * @throws SelfAssessmentRefused {@code UNKNOWN_CAMPAIGN}, {@code CAMPAIGN_CLOSED}, {@code LOCKED},
     *                               {@code INVALID_ANSWER} or {@code CONFLICT}
     */
    public SelfAssessment saveDraft(String structureId, String campaign, Map<String, Answer> answers, Actor actor) {
        openCampaign(campaign);
        SelfAssessment current = find(structureId, campaign).orElse(null);
        Instant now = now();
        SelfAssessment next = (current == null ? SelfAssessment.start(structureId, campaign, now) : current).withAnswers(answers, now);
        store(current, next);
        journal.record(actor, JournalAction.SELF_ASSESSMENT_DRAFT, subject(next), current == null ? null : current.status().name(),
                next.status() + " (" + answered(next) + " réponses sur " + Question.values().length + ")");
        return next;
    }

    /**
     * Submits the answers: locked from now on, and read by the next evaluation of the campaign.
     *
     * @throws SelfAssessmentRefused {@code UNKNOWN_CAMPAIGN}, {@code CAMPAIGN_CLOSED}, {@code NOT_STARTED},
     *                               {@code LOCKED}, {@code INCOMPLETE} or {@code CONFLICT}
     */
    public SelfAssessment submit(String structureId, String campaign, Actor actor) {
        openCampaign(campaign);
        SelfAssessment current = find(structureId, campaign).orElseThrow(() -> SelfAssessmentRefused.notStarted(structureId, campaign));
        SelfAssessment next = current.submit(now());
        store(current, next);
        journal.record(actor, JournalAction.SELF_ASSESSMENT_SUBMITTED, subject(next), current.status().name(), next.status().name());
        return next;
    }

    /**
     * Gives submitted answers back to the structure as a draft, for the reason the officer gives
     * (kept in the journal with who, when and from where). Only in an open campaign (in a closed
     * one the structure could change nothing) and only while no label decision is confirmed for
     * these answers: a decision never silently loses its ground under an officer.
     *
     * @throws SelfAssessmentRefused {@code REASON_REQUIRED}, {@code REASON_TOO_LONG}, {@code UNKNOWN_CAMPAIGN},
     *                               {@code CAMPAIGN_CLOSED}, {@code NOT_SUBMITTED}, {@code ALREADY_DECIDED} or {@code CONFLICT}
     */
    public SelfAssessment reopen(String structureId, String campaign, Actor officer, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw SelfAssessmentRefused.reasonRequired();
        }
        if (why.length() > MAX_REASON) {
            throw SelfAssessmentRefused.reasonTooLong(MAX_REASON);
        }
        openCampaign(campaign);
        SelfAssessment current = find(structureId, campaign).orElseThrow(() -> SelfAssessmentRefused.notSubmitted(structureId, campaign));
        SelfAssessment next = current.reopen(now());
        DecisionLookup lookup = decisions.getIfAvailable();
        if (lookup != null && lookup.isDecided(structureId, campaign)) {
            throw SelfAssessmentRefused.alreadyDecided(structureId, campaign);
        }
        store(current, next);
        journal.record(officer, JournalAction.SELF_ASSESSMENT_REOPENED, subject(next), current.status().name(),
                next.status() + " — " + why);
        return next;
    }

    private Campaign openCampaign(String campaign) {
        Campaign found = campaigns.find(campaign).orElseThrow(() -> SelfAssessmentRefused.unknownCampaign(campaign));
        if (!found.isOpen()) {
            throw SelfAssessmentRefused.campaignClosed(campaign);
        }
        return found;
    }

    /**
     * Writes {@code next} only if the stored document is still {@code current} (same status, same
     * last change): a submission or a reopening in between makes this write a {@code CONFLICT}
     * instead of silently undoing it.
     */
    private void store(SelfAssessment current, SelfAssessment next) {
        if (current == null) {
            try {
                mongo.insert(next);
            } catch (DuplicateKeyException createdMeanwhile) {
                throw SelfAssessmentRefused.conflict(next.structureId(), next.campaign());
            }
            return;
        }
        Query unchanged = Query.query(Criteria.where("_id").is(current.id()).and("status").is(current.status())
                .and("updatedAt").is(current.updatedAt()));
        if (mongo.findAndReplace(unchanged, next) == null) {
            throw SelfAssessmentRefused.conflict(current.structureId(), current.campaign());
        }
    }

    /** Stored dates keep milliseconds: so does the state compared with them on the next write. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String subject(SelfAssessment assessment) {
        return assessment.structureId() + "/" + assessment.campaign();
    }

    private static int answered(SelfAssessment assessment) {
        return Question.values().length - assessment.unanswered().size();
    }
}
