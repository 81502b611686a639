package fr.spro.label.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * An officer creates, closes and reopens campaigns; an operator opens one on the command line. A
 * campaign exists only through {@link #create} (imports never create one). Each change is guarded by
 * {@link Campaign} (closing a closed campaign is refused, with its reason), written only if the
 * campaign is still in the state it was read in (two officers at once: one wins, the other is told),
 * and journaled. Refusals are {@link CampaignRefused}.
 */
@Service
public class CampaignWorkflow {

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
    public Campaign create(int year, LocalDate deadline, Actor officer) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CampaignRefused(CampaignRefused.Code.BAD_CAMPAIGN, "Année de campagne invalide : " + year
                    + " (attendu : une année entre " + FIRST_YEAR + " et " + LAST_YEAR + ").");
        }
        if (deadline == null) {
            throw new CampaignRefused(CampaignRefused.Code.DEADLINE_REQUIRED, "Indiquez la date limite de dépôt des auto-évaluations.");
        }
        if (deadline.getYear() != year && deadline.getYear() != year + 1) {
            throw new CampaignRefused(CampaignRefused.Code.BAD_DEADLINE, "La date limite de dépôt doit tomber en " + year + " ou en "
                    + (year + 1) + ".");
        }
        // the store keeps milliseconds: so does the campaign returned
        Campaign defaults = Campaign.withDefaults(year, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        Campaign campaign = new Campaign(defaults.id(), year, defaults.referenceDate(), deadline, CampaignStatus.OPEN,
                defaults.createdAt());
        try {
            mongo.insert(campaign);
        } catch (DuplicateKeyException exists) {
            throw new CampaignRefused(CampaignRefused.Code.CAMPAIGN_EXISTS, "La campagne " + year + " existe déjà.");
        }
        journal.record(officer, JournalAction.CAMPAIGN_CREATE, "campagne " + campaign.id(), null,
                "OPEN, dépôt avant le " + deadline);
        return campaign;
    }

    /**
     * Opens a campaign as a script or an operator names it: {@code campaign} a 4-digit year,
     * {@code deadline} an ISO date, or none for {@link Campaign#defaultDeadline the default}.
     * Refused ({@link CampaignRefused}) for a malformed year or date, and as {@link #create} refuses.
     */
    public Campaign open(String campaign, String deadline, Actor actor) {
        if (campaign == null || !campaign.strip().matches("\\d{4}")) {
            throw CampaignRefused.badYear(campaign);
        }
        int year = Integer.parseInt(campaign.strip());
        return create(year, deadline(deadline, year), actor);
    }

    private static LocalDate deadline(String deadline, int year) {
        if (deadline == null || deadline.isBlank()) {
            return Campaign.defaultDeadline(year);
        }
        try {
            return LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            throw CampaignRefused.badDeadline(deadline);
        }
    }

    /**
     * The campaign of {@code year}, opened first with its default deadline when it does not exist
     * ({@code evaluate --campaign=C} opens C). Two callers at once: one opens it, the other gets it.
     */
    public Campaign openIfMissing(int year, Actor actor) {
        Optional<Campaign> existing = campaigns.find(String.valueOf(year));
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return create(year, Campaign.defaultDeadline(year), actor);
        } catch (CampaignRefused refused) {
            if (refused.code() == CampaignRefused.Code.CAMPAIGN_EXISTS) {
                return campaigns.find(String.valueOf(year)).orElseThrow(() -> refused);
            }
            throw refused;
        }
    }

    /** Closes an open campaign: structures may no longer enter or change data. */
    public Campaign close(String campaign, Actor officer) {
        Campaign current = existing(campaign);
        return change(current, current.closed(), JournalAction.CAMPAIGN_CLOSE, officer);
    }

    /** Opens a closed campaign again. */
    public Campaign reopen(String campaign, Actor officer) {
        Campaign current = existing(campaign);
        return change(current, current.reopened(), JournalAction.CAMPAIGN_REOPEN, officer);
    }

    private Campaign existing(String campaign) {
        return campaigns.find(campaign).orElseThrow(() -> CampaignRefused.unknown(campaign));
    }

    private Campaign change(Campaign current, Campaign next, JournalAction action, Actor officer) {
        Query unchanged = Query.query(Criteria.where("_id").is(current.id()).and("status").is(current.status()));
        Campaign saved = mongo.findAndModify(unchanged, new Update().set("status", next.status()),
                FindAndModifyOptions.options().returnNew(true), Campaign.class);
        if (saved == null) {
            throw new CampaignRefused(CampaignRefused.Code.CAMPAIGN_CHANGED, "La campagne " + current.id()
                    + " vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
        }
        journal.record(officer, action, "campagne " + current.id(), String.valueOf(current.status()),
                String.valueOf(saved.status()));
        return saved;
    }
}
