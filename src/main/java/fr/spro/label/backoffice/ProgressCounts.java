package fr.spro.label.backoffice;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import fr.spro.label.structure.Territory;

/** How many structures of a territory (or of the whole Region, {@code territory} null) stand at each step. */
record ProgressCounts(Territory territory, Map<Progress, Long> counts) {

    static ProgressCounts of(Territory territory, Collection<StructureProgress> structures) {
        Map<Progress, Long> counts = new EnumMap<>(Progress.class);
        for (Progress progress : Progress.values()) {
            counts.put(progress, 0L);
        }
        structures.forEach(s -> counts.merge(s.progress(), 1L, Long::sum));
        return new ProgressCounts(territory, counts);
    }

    public long count(Progress progress) {
        return counts.getOrDefault(progress, 0L);
    }

    public long notStarted() {
        return count(Progress.NOT_STARTED);
    }

    public long draft() {
        return count(Progress.DRAFT);
    }

    public long submitted() {
        return count(Progress.SUBMITTED);
    }

    public long awaitingDecision() {
        return count(Progress.AWAITING_DECISION);
    }

    public long decided() {
        return count(Progress.DECIDED);
    }

    /** Evaluated, decided or not: the sum of the last two steps. */
    public long evaluated() {
        return count(Progress.AWAITING_DECISION) + count(Progress.DECIDED);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
