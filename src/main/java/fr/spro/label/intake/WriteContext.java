package fr.spro.label.intake;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What the writes of one file share: the import's instant, and which collections were empty when
 * it started. Writes never create a campaign: a row naming one that is not open was rejected before.
 */
final class WriteContext {

    private final Instant now;
    private final Map<String, Boolean> emptyAtStart = new HashMap<>();

    WriteContext(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /**
     * Whether the collection held no document when this file started being written. Then none of
     * the file's rows can match a stored document: rows of one file (and of one inbox run) never
     * share a key, so documents written by earlier chunks are never met again.
     */
    boolean wasEmptyAtStart(String collection, BooleanSupplier empty) {
        return emptyAtStart.computeIfAbsent(collection, c -> empty.getAsBoolean());
    }
}
