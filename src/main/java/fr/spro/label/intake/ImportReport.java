package fr.spro.label.intake;

import java.util.List;

/**
 * The outcome of importing one file.
 *
 * @param accepted   rows written (or already present, unchanged)
 * @param rejected   rows not written; a file rejected whole counts as one
 * @param rejections every reason, in file order (a row may have several)
 */
public record ImportReport(String file, ImportKind kind, int accepted, int rejected, List<Rejection> rejections) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    /** True when the file could not be read at all and nothing of it was written. */
    public boolean fileRejected() {
        return rejections.stream().anyMatch(r -> RejectionCode.valueOf(r.code()).isWholeFile());
    }

    /** True when writing stopped on a storage failure: the rows flagged {@code WRITE_FAILED} must be imported again. */
    public boolean interrupted() {
        return rejections.stream().anyMatch(r -> RejectionCode.WRITE_FAILED.name().equals(r.code()));
    }
}
