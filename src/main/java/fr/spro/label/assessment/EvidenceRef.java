package fr.spro.label.assessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

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

    /** The longest link kept, so that a pasted page of text is not taken for an address. */
    public static final int MAX_LINK_LENGTH = 2000;

    /** Whether the text is an https address with a host name, the only links accepted as evidence. */
    public static boolean isHttpsLink(String text) {
        if (text == null || text.length() > MAX_LINK_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What a reader sees: the link, or the file name. */
    public String label() {
        return isLink() ? url : fileName;
    }
}
