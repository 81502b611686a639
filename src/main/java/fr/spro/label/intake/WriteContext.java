package fr.spro.label.intake;

import java.time.Instant;

import fr.spro.label.store.WriteRun;

/**
 * What the writes of one file share: the import's instant, and the store's memory of the run
 * (which collections were empty when it started). Writes never create a
 * campaign: a row naming one that is not open was rejected before.
 */
final class WriteContext {

    private final Instant now;
    private final WriteRun run = new WriteRun();

    WriteContext(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** Handed to the owners' import operations, chunk after chunk of the same file. */
    WriteRun run() {
        return run;
    }
}
