package org.quanze.cli;

import java.io.PrintWriter;
import org.quanze.ingest.Finding;
import org.quanze.load.FileReport;
import org.quanze.load.LoadReport;

/** Prints what a load did: a line per file, its warnings, and a summary line. */
final class LoadSummary {

    private final PrintWriter out;
    private final boolean quiet;

    LoadSummary(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    void print(LoadReport report) {
        for (FileReport f : report.files()) {
            if (quiet && f.status() != FileReport.Status.FAILED) {
                continue;
            }
            out.println(line(f));
            if (f.error() != null) {
                out.println((f.status() == FileReport.Status.SKIPPED ? "    why: " : "    error: ") + f.error());
            }
            for (Finding w : f.warnings()) {
                out.println("    warning: " + w);
            }
        }
        if (report.refusal() != null) {
            out.println("refused: " + report.refusal());
        }
        long skipped = report.count(FileReport.Status.SKIPPED);
        out.printf("%d loaded, %d unchanged, %s%d failed; %s%n", report.count(FileReport.Status.LOADED),
                report.count(FileReport.Status.UNCHANGED), skipped > 0 ? skipped + " skipped, " : "",
                report.count(FileReport.Status.FAILED), report.written() ? "written in one transaction" : "nothing written");
        out.flush();
    }

    private static String line(FileReport f) {
        FileReport.Counts c = f.counts();
        String what = switch (f.status()) {
            case LOADED -> f.kind().equals("list")
                    ? String.format("%d powers, %d duties, %d cases, %d citations, %d triples, %d warnings",
                    c.powers(), c.duties(), c.cases(), c.citations(), c.triples(), f.warnings().size())
                    : String.format("%d articles, %d triples", c.articles(), c.triples());
            case UNCHANGED -> "unchanged since it was loaded";
            case SKIPPED -> "skipped";
            case FAILED -> "FAILED";
        };
        return String.format("%-9s %-10s %s: %s", f.status().name().toLowerCase(java.util.Locale.ROOT), f.kind(),
                f.file(), what);
    }
}
