package fr.spro.label.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.spro.label.journal.Journal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * An officer creates, closes and reopens campaigns. Each change is guarded by {@link Campaign}
 * (closing a closed campaign is refused, with its reason), written only if the campaign is still in
 * the state it was read in (two officers at once: one wins, the other is told), and journaled.
 */
@Service
public class CampaignWorkflow {

    static final String CREATE = "CAMPAIGN_CREATE";
    static final String CLOSE = "CAMPAIGN_CLOSE";
    static final String REOPEN = "CAMPAIGN_REOPEN";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final Journal journal;
    private final Clock clock;

    CampaignWorkflow(MongoTemplate mongo, Campaigns campaigns, Journal journal, Clock clock) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Opens a new campaign for {@code year}, its self-assessments due on {@code deadline} (in that year
     * or early the next), its reference date the default 31 December.
     */
    public Campaign create(int year, LocalDate deadline, String officer, String origin) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new TransitionRefused("BAD_CAMPAIGN", "Année de campagne invalide : " + year
                    + " (attendu : une année entre " + FIRST_YEAR + " et " + LAST_YEAR + ").");
        }
        if (deadline == null) {
            throw new TransitionRefused("DEADLINE_REQUIRED", "Indiquez la date limite de dépôt des auto-évaluations.");
        }
        if (deadline.getYear() != year && deadline.getYear() != year + 1) {
            throw new TransitionRefused("BAD_DEADLINE", "La date limite de dépôt doit tomber en " + year + " ou en "
                    + (year + 1) + ".");
        }
        // the store keeps milliseconds: so does the campaign returned
        Campaign defaults = Campaign.withDefaults(year, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        Campaign campaign = new Campaign(defaults.id(), year, defaults.referenceDate(), deadline, CampaignStatus.OPEN,
                defaults.createdAt());
        try {
            mongo.insert(campaign);
        } catch (DuplicateKeyException exists) {
            throw new TransitionRefused("CAMPAIGN_EXISTS", "La campagne " + year + " existe déjà.");
        }
        journal.record(officer, CREATE, "campagne " + campaign.id(), null,
                "OPEN, dépôt avant le " + deadline, origin);
        return campaign;
    }

    /** Closes an open campaign: structures may no longer enter or change data. */
    public Campaign close(String campaign, String officer, String origin) {
        Campaign current = existing(campaign);
        return change(current, current.closed(), CLOSE, officer, origin);
    }

    /** Opens a closed campaign again. */
    public Campaign reopen(String campaign, String officer, String origin) {
        Campaign current = existing(campaign);
        return change(current, current.reopened(), REOPEN, officer, origin);
    }

    private Campaign existing(String campaign) {
        return campaigns.find(campaign).orElseThrow(() ->
                new TransitionRefused("UNKNOWN_CAMPAIGN", "La campagne " + campaign + " n'existe pas."));
    }

    private Campaign change(Campaign current, Campaign next, String action, String officer, String origin) {
        Query unchanged = Query.query(Criteria.where("_id").is(current.id()).and("status").is(current.status()));
        Campaign saved = mongo.findAndModify(unchanged, new Update().set("status", next.status()),
                FindAndModifyOptions.options().returnNew(true), Campaign.class);
        if (saved == null) {
            throw new TransitionRefused("CAMPAIGN_CHANGED", "La campagne " + current.id()
                    + " vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
        }
        journal.record(officer, action, "campagne " + current.id(), String.valueOf(current.status()),
                String.valueOf(saved.status()), origin);
        return saved;
    }
}
