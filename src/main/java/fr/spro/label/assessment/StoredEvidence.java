package fr.spro.label.assessment;

/** A stored evidence file as read back for download. */
public record StoredEvidence(String fileId, String fileName, String contentType, long size, String sha256, byte[] content) {
}
