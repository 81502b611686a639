package fr.spro.label.reporting;

import java.time.Instant;

/**
 * A document kept in the store (GridFS bucket {@code reports}), as its metadata describes it.
 *
 * @param fileId         GridFS id of the file
 * @param sha256         SHA-256 of the file's bytes, to check a copy against
 * @param renderedDigest digest of what was rendered (content, templates), without the generation
 *                       time and document id: equal digests mean the document would come out the same
 * @param documentId     the unique id printed on the document
 */
public record StoredDocument(
        String fileId,
        String structureId,
        String campaign,
        String fileName,
        long length,
        String sha256,
        String renderedDigest,
        String documentId,
        Instant generatedAt) {
}
