package fr.spro.label.intake.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import fr.spro.label.intake.RejectionCode;
import fr.spro.label.intake.schema.Problem;

/**
 * Turns a file's bytes into text, or says in plain words why it is not a UTF-8 text file:
 * empty, a PDF, a spreadsheet, an image, UTF-16, Latin-1/Windows-1252 or other binary data.
 */
public final class TextFile {

    private TextFile() {
    }

    /** The text, without its byte order mark. */
    public static String decode(byte[] bytes) throws UnreadableFile {
        if (bytes.length == 0) {
            throw whole(RejectionCode.EMPTY_FILE, "");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || looksLikeUtf16(bytes)) {
            throw whole(RejectionCode.NOT_UTF8, "encodage UTF-16 détecté");
        }
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw whole(RejectionCode.BINARY_FILE, kind);
        }
        String text = strictUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw whole(RejectionCode.EMPTY_FILE, "");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new UnreadableFile(lineAt(text, i), Problem.of(RejectionCode.BINARY_FILE, "", "")
                        .with("detail", "caractère de contrôle ligne " + lineAt(text, i)));
            }
        }
        return text;
    }

    private static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "document PDF";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "classeur Excel ou archive ZIP";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "ancien classeur Excel ou document Word";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "image PNG";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image JPEG";
        }
        for (byte b : bytes) {
            if (b == 0) {
                return "données binaires";
            }
        }
        return null;
    }

    /** UTF-16 without a byte order mark: text where every other byte of the start is zero. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 64) & ~1;
        if (sample < 4) {
            return false;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int half = sample / 2;
        return zeroEven * 10 >= half * 8 && zeroOdd == 0 || zeroOdd * 10 >= half * 8 && zeroEven == 0;
    }

    private static String strictUtf8(byte[] bytes) throws UnreadableFile {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineAtByte(bytes, in.position());
            throw new UnreadableFile(line, Problem.of(RejectionCode.NOT_UTF8, "", "")
                    .with("detail", "caractère invalide ligne " + line + ", fichier probablement en Latin-1 ou Windows-1252"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static UnreadableFile whole(RejectionCode code, String detail) {
        return new UnreadableFile(0, Problem.of(code, "", "").with("detail", detail));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAtByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
