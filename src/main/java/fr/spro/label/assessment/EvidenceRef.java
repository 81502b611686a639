package fr.spro.label.assessment;

/**
 * One piece of evidence attached to an answer: an https link, or a file kept in the store
 * (GridFS id, original name, detected type, size and SHA-256).
 */
public record EvidenceRef(String url, String fileId, String fileName, String contentType, long size, String sha256) {

    public static EvidenceRef link(String url) {
        return new EvidenceRef(url, null, null, null, 0, null);
    }

    public static EvidenceRef file(String fileId, String fileName, String contentType, long size, String sha256) {
        return new EvidenceRef(null, fileId, fileName, contentType, size, sha256);
    }

    public boolean isLink() {
        return url != null;
    }

    /** What a reader sees: the link, or the file name. */
    public String label() {
        return isLink() ? url : fileName;
    }
}
