package fr.spro.label.batch;

import java.time.LocalDateTime;

/**
 * What the back office shows of a campaign job: status, current step, items of the evaluate step
 * done out of the total, items read, written, skipped and filtered (unchanged) across steps,
 * import totals, and times.
 */
public record JobProgress(
        long jobId,
        String campaign,
        String status,
        String step,
        long total,
        long done,
        long read,
        long written,
        long skipped,
        long unchanged,
        int importFiles,
        long importAccepted,
        long importRejected,
        LocalDateTime startTime,
        LocalDateTime endTime,
        String failure) {

    public boolean isRunning() {
        return endTime == null;
    }
}
