package fr.spro.label.batch;

import java.time.LocalDateTime;

/**
 * What the back office shows of a campaign job: status, current step, structures evaluated out of
 * the total (across resumed runs), then for this run: structures read, evaluations written,
 * items skipped, evaluations unchanged (left as they were), audit files written, import totals,
 * and times.
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
        long auditFiles,
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
