package org.quanze.load;

import java.util.List;

/**
 * The outcome of one load: a report per file, whether anything was written, and, when the
 * transaction was refused, why (the store is then exactly as it was).
 */
public record LoadReport(List<FileReport> files, boolean written, String refusal) {

    public LoadReport {
        files = List.copyOf(files);
    }

    public boolean hasFailures() {
        return refusal != null || files.stream().anyMatch(f -> f.status() == FileReport.Status.FAILED);
    }

    public long count(FileReport.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
