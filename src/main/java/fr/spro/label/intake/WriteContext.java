package fr.spro.label.intake;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import fr.spro.label.assessment.Campaigns;

/** What the writes of one file share: the import's instant and the campaigns already ensured. */
final class WriteContext {

    private final Instant now;
    private final Campaigns campaigns;
    private final Set<String> ensured = new HashSet<>();
    private final Map<String, Boolean> emptyAtStart = new HashMap<>();

    WriteContext(Instant now, Campaigns campaigns) {
        this.now = now;
        this.campaigns = campaigns;
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

    /** Creates the campaign named by a row when it does not exist yet (once per file). */
    void ensureCampaign(String campaign) {
        if (ensured.add(campaign)) {
            campaigns.ensure(Integer.parseInt(campaign));
        }
    }
}
