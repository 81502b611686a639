package fr.spro.label.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What the bulk writes of one import file share, chunk after chunk, whatever collections they go
 * to: which collections were empty when it started. One per file, used by one thread.
 */
public final class WriteRun {

    private final Map<String, Boolean> emptyAtStart = new HashMap<>();

    /**
     * Whether the collection held no document when this file started being written. Then none of
     * the file's rows can match a stored document: rows of one file (and of one inbox run) never
     * share a key, so documents written by earlier chunks are not met again — but for the answers
     * of one self-assessment split over two chunks, whose insert then meets the document and sets
     * its fields instead (see {@link DocumentWriter}).
     */
    boolean wasEmptyAtStart(String collection, BooleanSupplier empty) {
        return emptyAtStart.computeIfAbsent(collection, c -> empty.getAsBoolean());
    }
}
