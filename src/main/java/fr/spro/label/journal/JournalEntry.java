package fr.spro.label.journal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the audit trail.
 *
 * @param action  the {@link JournalAction#code() code} of the action, e.g. {@code IMPORT}, {@code DECISION}, {@code LOGIN_FAILURE}
 * @param subject what was acted on, e.g. {@code ML-DIJON/2025} or a file name
 * @param before  the state before, as short text (may be null)
 * @param after   the state after, as short text (may be null)
 */
@Document("journal")
public record JournalEntry(
        @Id String id,
        @Indexed Instant at,
        String actor,
        String action,
        String subject,
        String before,
        String after,
        String origin) {
}
