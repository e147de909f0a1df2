package org.quanze.load;

import java.util.List;
import org.quanze.ingest.Finding;

/** What a load did with one file: its outcome, what it held, and the warnings raised reading it. */
public record FileReport(String file, Status status, String kind, Counts counts, List<Finding> warnings,
                         String error) {

    /**
     * The outcome for one file: SKIPPED is a law text left out without failing, with the reason as its
     * error: it holds a version another file holds (of the load, or of the store for a text of the
     * library), or it has no article a citation could name.
     */
    public enum Status { LOADED, UNCHANGED, SKIPPED, FAILED }

    /** What a file held: for a list its powers, duties, cases and citations; for a law text its articles. */
    public record Counts(int powers, int duties, int cases, int citations, int articles, long triples) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    public FileReport {
        warnings = List.copyOf(warnings);
    }

    static FileReport unchanged(String file, String kind) {
        return new FileReport(file, Status.UNCHANGED, kind, Counts.NONE, List.of(), null);
    }

    static FileReport skipped(String file, String kind, String why) {
        return new FileReport(file, Status.SKIPPED, kind, Counts.NONE, List.of(), why);
    }

    static FileReport failed(String file, String kind, String error) {
        return new FileReport(file, Status.FAILED, kind, Counts.NONE, List.of(), error);
    }

    FileReport asFailed(String error) {
        return new FileReport(file, Status.FAILED, kind, counts, warnings, error);
    }
}
