package fr.spro.label.backoffice;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One file an officer imported from the back office, and what came of it. Its rejections are kept
 * beside it in pages ({@link RejectionPage}) so that a file rejected line by line still fits.
 *
 * @param fileRejected the file could not be read at all: nothing of it was written
 * @param interrupted  writing stopped on a storage failure: importing the file again completes it
 */
@Document("backoffice_imports")
record ImportRecord(
        @Id String id,
        String file,
        String kind,
        int accepted,
        int rejected,
        int rejectionCount,
        boolean fileRejected,
        boolean interrupted,
        String importedBy,
        Instant importedAt) {
}
