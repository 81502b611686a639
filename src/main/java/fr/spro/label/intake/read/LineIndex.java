package fr.spro.label.intake.read;

import java.util.Arrays;

/** Physical line numbers of character offsets in a text (CRLF, LF or lone CR endings). */
final class LineIndex {

    private final int[] starts;
    private final int count;

    LineIndex(String text) {
        int[] found = new int[1024];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (end) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    /** The 1-based line holding that offset. */
    int lineOf(long offset) {
        int index = Arrays.binarySearch(starts, 0, count, (int) offset);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
