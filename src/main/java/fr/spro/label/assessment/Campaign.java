package fr.spro.label.assessment;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One yearly evaluation round, named by its year ({@code "2025"}). It exists once it is opened by
 * an explicit act ({@link CampaignWorkflow#create}); an import naming it never creates it. The
 * reference date defaults to 31 December of that year; the deadline is when self-assessments are due.
 */
@Document("campaigns")
public record Campaign(
        @Id String id,
        @Indexed(unique = true) int year,
        LocalDate referenceDate,
        LocalDate deadline,
        CampaignStatus status,
        Instant createdAt) {

    /** An open campaign with the default reference date (31 December) and deadline ({@link #defaultDeadline}). */
    public static Campaign withDefaults(int year, Instant now) {
        return new Campaign(String.valueOf(year), year, LocalDate.of(year, 12, 31),
                defaultDeadline(year), CampaignStatus.OPEN, now);
    }

    /** When self-assessments are due when whoever opens the campaign names no date: 31 October of its year. */
    public static LocalDate defaultDeadline(int year) {
        return LocalDate.of(year, 10, 31);
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    /** This campaign closed: structures may no longer enter or change data. Refused when already closed. */
    public Campaign closed() {
        if (!isOpen()) {
            throw new CampaignRefused(CampaignRefused.Code.CAMPAIGN_ALREADY_CLOSED, "La campagne " + id + " est déjà close.");
        }
        return withStatus(CampaignStatus.CLOSED);
    }

    /** This campaign open again after it was closed. Refused when it is open. */
    public Campaign reopened() {
        if (isOpen()) {
            throw new CampaignRefused(CampaignRefused.Code.CAMPAIGN_ALREADY_OPEN, "La campagne " + id + " est déjà ouverte.");
        }
        return withStatus(CampaignStatus.OPEN);
    }

    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(id, year, referenceDate, deadline, newStatus, createdAt);
    }
}
