package fr.spro.label.batch;

import fr.spro.label.intake.InboxReport;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What the import step did, kept in the job's context for the summary and the progress view. */
record ImportTotals(int files, long accepted, long rejected) {

    private static final String FILES = "import.files";
    private static final String ACCEPTED = "import.accepted";
    private static final String REJECTED = "import.rejected";

    static ImportTotals of(InboxReport report) {
        return new ImportTotals(report.files().size(), report.accepted(), report.rejected());
    }

    void store(ExecutionContext context) {
        context.putInt(FILES, files);
        context.putLong(ACCEPTED, accepted);
        context.putLong(REJECTED, rejected);
    }

    static ImportTotals from(ExecutionContext context) {
        return new ImportTotals(context.getInt(FILES, 0), context.getLong(ACCEPTED, 0), context.getLong(REJECTED, 0));
    }
}
