package org.quanze.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.quanze.assembly.Assembly;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;

/**
 * Quanze's own load of a corpus into a fresh store, as {@code quanze load} does it (change log and
 * impact graphs written with it, unless left out): the whole corpus in one load (one transaction),
 * or part by part (one load per hundred copies). Timed as a whole and by phase: reading the files
 * (with the contributors: "read" ends when the store's write starts), the contributors (change
 * log, impact graphs), and each phase of the store's write.
 */
final class IngestBench {

    /** One load run: its time, phases summed over its loads, what it wrote, its peak heap and the store's size. */
    record Run(long millis, Map<String, Long> phases, long quads, long peakHeap, long peakAfterGc, long storeBytes, int loads,
               boolean failed) {
    }

    private IngestBench() {
    }

    /**
     * @param byPart       one load per part instead of one load of everything
     * @param impactGraphs whether the impact graphs are computed with every load, as {@code quanze load} does
     */
    /** Writes the article correspondences into the store at {@code store}; the time it took (ms). */
    static long correspondences(Path store) {
        Assembly assembly = Assembly.standard();
        long start = System.nanoTime();
        try (Tdb2Store tdb = assembly.openEmbedded(store)) {
            assembly.impactGraphs().refreshCorrespondences(tdb);
            release(tdb);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The bundled lists and every text of the law library, in one load, as {@code quanze load --library} does. */
    static Run runLibrary(Path store, boolean impactGraphs) {
        return run(List.of(Source::bundled), store, impactGraphs, new LoadOptions(false, "bench").withWholeLibrary(true));
    }

    static Run run(Corpus corpus, Path store, boolean byPart, boolean impactGraphs) {
        // Each batch is read when its load starts: at 1000× all the files at once would not fit in memory.
        return run(batches(corpus, byPart).stream().<Supplier<List<Source>>>map(b -> () -> Source.fromPaths(b)).toList(),
                store, impactGraphs, new LoadOptions(false, "bench"));
    }

    private static Run run(List<Supplier<List<Source>>> batches, Path store, boolean impactGraphs, LoadOptions options) {
        delete(store);
        Assembly assembly = Assembly.standard();
        Set<Assembly.Contribution> contributions = impactGraphs ? EnumSet.allOf(Assembly.Contribution.class)
                : EnumSet.of(Assembly.Contribution.CHANGE_LOG);
        Map<String, Long> phases = new TreeMap<>();
        boolean failed = false;
        int loads = 0;
        long start = System.nanoTime();
        long peak;
        long peakAfterGc;
        long quads;
        long counted;
        try (HeapSampler heap = new HeapSampler();
             Tdb2Store tdb = assembly.openEmbedded(store)) {
            for (Supplier<List<Source>> batch : batches) {
                long[] mark = {System.nanoTime()};
                Loader loader = assembly.loader(tdb, contributions, (c, contributor) -> timed(c, contributor, phases));
                LoadReport report = loader.load(batch.get(), new LoadListener() {
                    @Override
                    public void committing() {
                        phases.merge("read", (System.nanoTime() - mark[0]) / 1_000_000, Long::sum);
                    }
                }, options);
                failed |= report.hasFailures();
                tdb.lastWrite().asMap().forEach((k, v) -> phases.merge("store." + k, v, Long::sum));
                loads++;
            }
            peak = heap.peak();
            peakAfterGc = heap.peakAfterGc();
            // Counted for the report (compared with tdbloader's count), not timed: `quanze load` does not count
            // the store (the time it took is reported apart).
            long counting = System.nanoTime();
            quads = tdb.size();
            counted = System.nanoTime() - counting;
            phases.put("counted-after-not-timed", counted / 1_000_000);
            release(tdb);
        }
        long millis = (System.nanoTime() - start - counted) / 1_000_000;
        return new Run(millis, phases, quads, peak, peakAfterGc, folderSize(store), loads, failed);
    }

    /** The contributor, its time added to {@code phases} under the contribution's name. */
    private static Loader.Contributor timed(Assembly.Contribution contribution, Loader.Contributor c,
                                            Map<String, Long> phases) {
        String name = switch (contribution) {
            case CHANGE_LOG -> "changelog";
            case IMPACT_GRAPHS -> "impact-graphs";
        };
        return (reports, updates, options) -> {
            long t = System.nanoTime();
            try {
                return c.contribute(reports, updates, options);
            } finally {
                phases.merge(name, (System.nanoTime() - t) / 1_000_000, Long::sum);
            }
        };
    }

    /** The paths of each load: everything at once, or the law texts with the first part, then each part. */
    private static List<List<Path>> batches(Corpus corpus, boolean byPart) {
        if (!byPart) {
            return List.of(List.of(corpus.laws(), corpus.listsFolder()));
        }
        List<List<Path>> batches = new ArrayList<>();
        for (Path part : corpus.parts()) {
            batches.add(batches.isEmpty() ? List.of(corpus.laws(), part) : List.of(part));
        }
        return batches;
    }

    /** The space the folder takes on disk ({@code du}: TDB2's files are sparse), else the sum of file lengths. */
    static long folderSize(Path folder) {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // no du: fall back to the lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lets go of the store folder in this JVM: TDB2 keeps a folder's database open after its
     * dataset is closed, and the next run must start from an empty folder, not from that.
     */
    static void release(GraphStore store) {
        store.localDataset().ifPresent(dataset -> TDBInternal.expel(dataset, true));
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
