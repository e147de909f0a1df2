package org.quanze.load;

import java.util.List;
import org.quanze.store.GraphStore;

/**
 * The outcome of one load: a report per file, whether anything was written, when the transaction
 * was refused why (the store is then exactly as it was), and the graphs of the files read (what a
 * dry run would have written, for a preview of the change).
 */
public record LoadReport(List<FileReport> files, boolean written, String refusal, List<GraphStore.GraphUpdate> graphs) {

    public LoadReport {
        files = List.copyOf(files);
        graphs = List.copyOf(graphs);
    }

    public boolean hasFailures() {
        return refusal != null || files.stream().anyMatch(f -> f.status() == FileReport.Status.FAILED);
    }

    public long count(FileReport.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
