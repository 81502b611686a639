package fr.spro.label.backoffice;

import java.util.Set;

import fr.spro.label.batch.JobProgress;

/** A campaign job as its page shows it: the figures of {@link JobProgress}, and what they mean for the bar. */
record JobView(JobProgress progress) {

    /** The steps of the campaign job, in order, each with its label in the messages. */
    static final java.util.List<String> STEPS = java.util.List.of("importInbox", "evaluate", "auditFiles", "crefopReport",
            "registryRefresh");
    static final java.util.List<String> STATUSES = java.util.List.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED",
            "COMPLETED", "ABANDONED", "UNKNOWN");
    private static final Set<String> SUCCEEDED = Set.of("COMPLETED");

    public boolean running() {
        return progress.isRunning();
    }

    public boolean succeeded() {
        return !running() && SUCCEEDED.contains(progress.status());
    }

    public boolean failed() {
        return !running() && !succeeded();
    }

    /** Known once the evaluation step has counted the structures to evaluate. */
    public boolean hasTotal() {
        return progress.total() > 0;
    }

    /** The message key of the current step, or of "starting" before the first one. */
    public String stepKey() {
        String step = progress.step();
        return "backoffice.job.step." + (step != null && STEPS.contains(step) ? step : "none");
    }

    public String statusKey() {
        return "backoffice.job.status." + (STATUSES.contains(progress.status()) ? progress.status() : "UNKNOWN");
    }

    /** Structures done, never more than the total (a resumed run counts the runs before it). */
    public long done() {
        return hasTotal() ? Math.min(progress.done(), progress.total()) : progress.done();
    }

    /** Items the job could not process: skipped items and rows the inbox import rejected. */
    public long rejections() {
        return progress.skipped() + progress.importRejected();
    }
}
