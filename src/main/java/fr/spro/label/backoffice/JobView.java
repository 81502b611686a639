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
    /** "java.lang.IllegalStateException: " or "org.example.Outer$Failure: " at the start of a cause. */
    private static final java.util.regex.Pattern EXCEPTION_PREFIX =
            java.util.regex.Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error|Failure|Refused)(?::\\s*|$)");

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

    /**
     * Why the job failed, in the words of its root cause without the Java class that carried them
     * (the class name means nothing to an officer; the server log keeps it): {@code null} if unknown.
     */
    public String cause() {
        String failure = progress.failure();
        if (failure == null || failure.isBlank()) {
            return null;
        }
        String message = EXCEPTION_PREFIX.matcher(failure.strip()).replaceFirst("").strip();
        return message.isEmpty() ? null : message;
    }

    /** Items the job could not process: skipped items and rows the inbox import rejected. */
    public long rejections() {
        return progress.skipped() + progress.importRejected();
    }
}
