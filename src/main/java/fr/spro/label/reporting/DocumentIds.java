package fr.spro.label.reporting;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unique ids printed on documents, readable on the phone when someone calls about one:
 * {@code TO-AUD-2025-ML-DIJON-3F9A1C2B7D04} (kind, campaign, structure, 48 random bits).
 */
final class DocumentIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentIds() {
    }

    static String next(String kind, String campaign, String structureId) {
        byte[] bits = new byte[6];
        RANDOM.nextBytes(bits);
        String suffix = HexFormat.of().withUpperCase().formatHex(bits);
        return "TO-" + kind + "-" + campaign + (structureId == null ? "" : "-" + structureId) + "-" + suffix;
    }
}
