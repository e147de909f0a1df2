package org.quanze.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quanze.graph.Iris;
import org.quanze.law.LawLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quanze bench run}: ingest (Quanze's load against tdb2.tdbloader on the same quads),
 * latency of the main questions (page against bare query, alone and with concurrent clients),
 * peak heap and store size, for one generated corpus; prints a Markdown report.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the benchmark over a corpus made by 'bench generate' and prints a Markdown report.",
                "Not a test: run it on a quiet machine, several runs, and read the medians."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus made by 'bench generate'.")
    Path corpus;

    @Option(names = "--library", description = "Instead of a corpus: the bundled lists and the whole law library "
            + "(data/laws), loaded as 'quanze load --library' loads them.")
    boolean library;

    @Option(names = "--work", defaultValue = "target/bench-work", paramLabel = "DIR",
            description = "Where the stores and the N-Quads export go (default: ${DEFAULT-VALUE}); emptied first.")
    Path work;

    @Option(names = "--runs", defaultValue = "3", description = "Load runs of each loader (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--tdbloader-runs", defaultValue = "-1",
            description = "Runs of tdb2.tdbloader (default: as many as --runs).")
    int tdbloaderRuns;

    @Option(names = "--requests", defaultValue = "40",
            description = "Requests per question and mode (default: ${DEFAULT-VALUE}); each concurrent client sends half as many.")
    int requests;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--budget", defaultValue = "60", paramLabel = "SECONDS",
            description = "Time given to each question in each mode (default: ${DEFAULT-VALUE}); a slow one gets fewer requests.")
    int budget;

    @Option(names = "--by-part", description = "Load part by part (one load, one transaction, per hundred copies) instead of all at once.")
    boolean byPart;

    @Option(names = "--tdbloader-jar", defaultValue = "target/fuseki/jena-fuseki-server.jar", paramLabel = "JAR",
            description = "The jar holding tdb2.tdbloader (default: ${DEFAULT-VALUE}).")
    Path tdbloaderJar;

    @Option(names = "--skip-tdbloader", description = "Do not run tdb2.tdbloader.")
    boolean skipTdbloader;

    @Option(names = "--skip-latency", description = "Do not start the server and measure the questions.")
    boolean skipLatency;

    @Option(names = "--skip-embedded-latency", description = "Measure the questions on Virtuoso only (with "
            + "--virtuoso-loaded: the embedded store is not opened, so it need not be of this build's format).")
    boolean skipEmbeddedLatency;

    @Option(names = "--no-impact", description = "Do not ask for the /impact report.")
    boolean noImpact;

    @Option(names = "--no-impact-graphs",
            description = "Load without the impact-graphs contributor (quanze load computes them with every load).")
    boolean noImpactGraphs;

    @Option(names = "--correspondences",
            description = "After a load --no-impact-graphs, write the article correspondences (not the citation findings): what the impact report needs.")
    boolean correspondences;

    @Option(names = "--drop-store", description = "Delete Quanze's store once exported, before tdb2.tdbloader or Virtuoso's bulk loader runs (saves disk at 1000×).")
    boolean dropStore;

    @Option(names = "--report", paramLabel = "FILE", description = "Also append the report to this file.")
    Path reportFile;

    @CommandLine.ArgGroup(exclusive = false, heading = "Virtuoso beside the embedded store:%n")
    VirtuosoBench.Options virtuoso;

    @Option(names = "--virtuoso-loaded", description = "That Virtuoso already holds the quads of the store in --work (an "
            + "earlier run loaded both, with --runs 0 this one reloads neither): only ask the questions of it.")
    boolean virtuosoLoaded;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (library == (corpus != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --corpus DIR or --library");
        }
        Corpus c = library ? null : Corpus.read(corpus);
        Report r = new Report();
        if (library) {
            r.line("## The whole law library (%d texts of data/laws) with the bundled lists", LawLibrary.bundled().texts().size());
        } else {
            r.line("## %d× (%d list files, %d source rows, %d powers; seed %d)", c.scale(), c.lists().size(), c.rows(),
                    c.powers(), c.seed());
        }
        r.line("");
        r.line("Machine: %d cores, %.0f GB RAM, Java %s (%s), max heap %.1f GB; load average at start %.2f.",
                Runtime.getRuntime().availableProcessors(), totalMemoryGb(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        r.line("");
        Path store = work.resolve("store");
        List<IngestBench.Run> quanze = new ArrayList<>();
        if (runs == 0) {
            r.line("(no load: the store in %s as it is)", store);
            r.line("");
        }
        for (int i = 0; i < runs; i++) {
            IngestBench.Run run = library ? IngestBench.runLibrary(store, !noImpactGraphs)
                    : IngestBench.run(c, store, byPart, !noImpactGraphs);
            quanze.add(run);
            r.progress("quanze load run %d: %d ms, %d quads, %s", i + 1, run.millis(), run.quads(), run.phases());
        }
        if (correspondences) {
            long t = IngestBench.correspondences(store);
            r.line("Article correspondences written after the load (no citation findings): %.1f s.", t / 1000.0);
            r.line("");
        }
        IngestBench.Run median = quanze.isEmpty() ? null
                : quanze.stream().sorted(Comparator.comparingLong(IngestBench.Run::millis)).toList().get(quanze.size() / 2);
        List<LatencyBench.Result> latencies = skipLatency || skipEmbeddedLatency ? List.of() : LatencyBench.run(store, requests, clients, !noImpact,
                java.time.Duration.ofSeconds(budget));
        List<BulkLoaderBench.Run> jena = new ArrayList<>();
        VirtuosoBench.Run virtuosoLoad = null;
        List<LatencyBench.Result> virtuosoLatencies = List.of();
        if (virtuoso != null && virtuosoLoaded) {
            r.line("Virtuoso as an earlier run left it: %d quads in Quanze's graphs (no bulk load in this run).",
                    VirtuosoBench.quads(virtuoso.server(), Iris.standard().graphs()));
            r.line("");
            virtuosoLatencies = skipLatency ? List.of() : LatencyBench.runOnVirtuoso(virtuoso.server(), requests, clients,
                    !noImpact, java.time.Duration.ofSeconds(budget));
        }
        if (!skipTdbloader) {
            Path nq = work.resolve("store.nq");
            BulkLoaderBench.export(store, nq);
            if (dropStore) {
                IngestBench.delete(store);
            }
            for (int i = 0; i < (tdbloaderRuns < 0 ? runs : tdbloaderRuns); i++) {
                BulkLoaderBench.Run run = BulkLoaderBench.run(tdbloaderJar, nq, work.resolve("tdbloader"), null);
                jena.add(run);
                r.progress("tdb2.tdbloader run %d: %d ms (process %d ms)", i + 1, run.millis(), run.wallMillis());
            }
            IngestBench.delete(work.resolve("tdbloader"));
            if (virtuoso != null && !virtuosoLoaded) {
                int files = VirtuosoBench.cutBeside(nq);
                IngestBench.delete(nq);
                virtuosoLoad = loadVirtuoso(r, VirtuosoBench.parts(work), files);
            }
            IngestBench.delete(nq);
        } else if (virtuoso != null && !virtuosoLoaded) {
            // No plain export when tdbloader does not run: at 1000× it would not fit on the disk beside the store.
            int files = VirtuosoBench.exportParts(store, work);
            r.progress("export: %d compressed parts", files);
            if (dropStore) {
                IngestBench.delete(store);
            }
            virtuosoLoad = loadVirtuoso(r, VirtuosoBench.parts(work), files);
        }
        if (virtuosoLoad != null) {
            virtuosoLatencies = skipLatency ? List.of() : LatencyBench.runOnVirtuoso(virtuoso.server(), requests, clients,
                    !noImpact, java.time.Duration.ofSeconds(budget));
        }
        if (median != null) {
            ingestTable(r, c, quanze, median, jena);
        } else {
            jena.forEach(j -> r.line("tdb2.tdbloader: %.1f s (process %.1f s), store %.0f MB", j.millis() / 1000.0,
                    j.wallMillis() / 1000.0, j.storeBytes() / 1e6));
            r.line("");
        }
        if (virtuosoLoad != null) {
            virtuosoRow(r, median, virtuosoLoad);
        }
        if (!latencies.isEmpty()) {
            r.line("Latency on the embedded store (answer cache off):");
            r.line("");
            latencyTable(r, latencies);
        }
        if (!virtuosoLatencies.isEmpty()) {
            r.line("Latency on Virtuoso (the server in remote mode over it; answer cache off):");
            r.line("");
            latencyTable(r, virtuosoLatencies);
        }
        String text = r.text();
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        if (reportFile != null) {
            try {
                Files.writeString(reportFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return median != null && median.failed() ? 1 : 0;
    }

    private void ingestTable(Report r, Corpus c, List<IngestBench.Run> quanze, IngestBench.Run median,
                             List<BulkLoaderBench.Run> jena) {
        double secs = median.millis() / 1000.0;
        r.line("| ingest | time (median of %d) | rows/s | quads/s | quads | peak heap in use / after GC | store on disk |", quanze.size());
        r.line("|---|---|---|---|---|---|---|");
        r.line("| Quanze load (%s%s) | %.1f s (runs: %s) | %s | %.0f | %d | %.2f / %.2f GB | %.0f MB |",
                byPart ? median.loads() + " loads, one per part" : "one load, one transaction",
                noImpactGraphs ? ", without the impact graphs" : ", with the impact graphs", secs,
                quanze.stream().map(x -> String.format(Locale.ROOT, "%.1f", x.millis() / 1000.0)).toList(),
                c == null ? "–" : String.format(Locale.ROOT, "%.0f", c.rows() / secs), median.quads() / secs, median.quads(), median.peakHeap() / 1e9, median.peakAfterGc() / 1e9,
                median.storeBytes() / 1e6);
        if (!jena.isEmpty()) {
            BulkLoaderBench.Run jm = jena.stream().sorted(Comparator.comparingLong(BulkLoaderBench.Run::millis)).toList()
                    .get(jena.size() / 2);
            double js = jm.millis() / 1000.0;
            r.line("| tdb2.tdbloader (same quads as N-Quads) | %.1f s (runs: %s; process %.1f s) | – | %.0f | %d | – | %.0f MB |",
                    js, jena.stream().map(x -> String.format(Locale.ROOT, "%.1f", x.millis() / 1000.0)).toList(),
                    jm.wallMillis() / 1000.0, median.quads() / js, median.quads(), jm.storeBytes() / 1e6);
            r.line("");
            r.line("Quanze / tdbloader quads/s ratio: **%.2f** (target ≥ 0.5).", js / secs);
        }
        r.line("");
        r.line("Phases of the median Quanze run (ms, summed over its loads): %s", median.phases());
        r.line("");
    }

    private VirtuosoBench.Run loadVirtuoso(Report r, Path parts, int files) {
        VirtuosoBench.Run run = VirtuosoBench.load(virtuoso.server(), parts, files, Iris.standard().graphs());
        r.progress("Virtuoso bulk load: %d ms, %d quads", run.millis(), run.quads());
        return run;
    }

    private void virtuosoRow(Report r, IngestBench.Run median, VirtuosoBench.Run v) {
        double secs = v.millis() / 1000.0;
        r.line("Virtuoso's bulk loader over the same export (%d files, %d loaders at once, then a checkpoint): %.1f s, "
                + "%d quads in Quanze's graphs (%.0f quads/s)%s.", v.files(), v.loaders(), secs, v.quads(), v.quads() / secs,
                median == null ? "" : String.format(Locale.ROOT, "; Quanze's load wrote %d: Quanze / Virtuoso quads/s ratio %.2f",
                        median.quads(), secs / (median.millis() / 1000.0)));
        if (v.indexMillis() > 0) {
            r.line("Virtuoso's free-text index of every literal, built after that load (rule, indexer, checkpoint): %.1f s.",
                    v.indexMillis() / 1000.0);
        }
        r.line("");
    }

    private void latencyTable(Report r, List<LatencyBench.Result> results) {
        r.line("| question | page median / p95 (ms) | bare query median / p95 | page ÷ bare | page, %d clients: median / p95 | bare, %d clients | what |",
                clients, clients);
        r.line("|---|---|---|---|---|---|---|");
        for (LatencyBench.Result x : results) {
            String ratio = x.bare() == null ? "–" : String.format(Locale.ROOT, "%.2f", x.page().median() / x.bare().median());
            r.line("| %s | %s | %s | %s | %s | %s | %s |", x.question().name(), x.page().text(),
                    x.bare() == null ? "–" : x.bare().text(), ratio, x.pageLoaded().text(),
                    x.bareLoaded() == null ? "–" : x.bareLoaded().text(), x.question().note());
        }
        r.line("");
    }

    private static double totalMemoryGb() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() / 1e9 : Double.NaN;
    }

    /** The report being written, and progress lines on standard error. */
    private static final class Report {
        private final StringBuilder sb = new StringBuilder();
        private final PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);

        void line(String format, Object... args) {
            sb.append(String.format(Locale.ROOT, format, args)).append('\n');
        }

        void progress(String format, Object... args) {
            err.println(String.format(Locale.ROOT, format, args));
        }

        String text() {
            return sb.toString();
        }
    }
}
