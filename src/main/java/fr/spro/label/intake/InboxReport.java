package fr.spro.label.intake;

import java.nio.file.Path;
import java.util.List;

/** The outcome of one inbox run: one report per recognised file, in import order. */
public record InboxReport(Path inbox, List<ImportReport> files) {

    public InboxReport {
        files = List.copyOf(files);
    }

    public int accepted() {
        return files.stream().mapToInt(ImportReport::accepted).sum();
    }

    public int rejected() {
        return files.stream().mapToInt(ImportReport::rejected).sum();
    }

    public List<Rejection> rejections() {
        return files.stream().flatMap(f -> f.rejections().stream()).toList();
    }

    /** True when a file was rejected whole or a write failed: the run did not take everything it could. */
    public boolean hasFailures() {
        return files.stream().anyMatch(f -> f.fileRejected() || f.interrupted());
    }
}
